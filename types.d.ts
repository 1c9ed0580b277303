// Text imports handled by esbuild's `text` loader.
declare module '*.yaml' {
  const text: string;
  export default text;
}
