import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

/** Small readings of the TypeScript syntax tree for source-graph.ts. */

/** Where an imported name comes from: a module path (from the root) and its export. */
export type Imported = { target: string; name: string };

export function readImport(
  fromFile: string,
  statement: ts.ImportDeclaration,
  imports: Map<string, Imported>,
) {
  const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
  if (!specifier.startsWith('.')) return;
  const target = normalize(join(dirname(fromFile), specifier));
  const clause = statement.importClause;
  if (!clause?.namedBindings) return;
  if (ts.isNamespaceImport(clause.namedBindings)) {
    imports.set(clause.namedBindings.name.text, { target, name: '*' });
    return;
  }
  for (const element of clause.namedBindings.elements) {
    const name = (element.propertyName ?? element.name).text;
    imports.set(element.name.text, { target, name });
  }
}

export function hasExportModifier(statement: ts.Statement): boolean {
  return (
    ts.canHaveModifiers(statement) &&
    (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

export function functionOf(declaration: ts.Node): ts.SignatureDeclarationBase | undefined {
  if (ts.isFunctionDeclaration(declaration)) return declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const init = declaration.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

export function parametersOf(declaration: ts.Node): readonly ts.ParameterDeclaration[] {
  return functionOf(declaration)?.parameters ?? [];
}

export function returnTypeOf(declaration: ts.Node): ts.TypeNode | undefined {
  return functionOf(declaration)?.type;
}

export function mentionsSql(type: ts.TypeNode | undefined): boolean {
  return type !== undefined && /\bSQL\b/.test(type.getText());
}

export function literalTexts(literal: ts.Node): string[] {
  if (ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal))
    return [literal.text];
  if (ts.isTemplateExpression(literal))
    return [literal.head.text, ...literal.templateSpans.map((span) => span.literal.text)];
  return [];
}
