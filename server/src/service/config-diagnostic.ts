/** A problem in a config file or a setting, as a diagnostic: the one place that decides how they look. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ConfigProblem } from './schema/config';
import { SOURCE } from './rules';

export const CONFIG_CODE = 'config';

export function configDiagnostic(problem: ConfigProblem): Diagnostic {
  return {
    range: problem.range,
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: CONFIG_CODE,
    message: problem.message,
  };
}
