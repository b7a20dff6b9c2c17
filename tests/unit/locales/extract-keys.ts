/**
 * Finds the translation keys the renderer asks for, with the TypeScript parser: calls
 * of a `t` bound from `useTranslation(ns)` or typed `TFunction<ns>`, `i18next.t(...)`,
 * and `i18nKey` props. A template literal key (`help.roles.${role}`) becomes a pattern
 * that at least one English key must match.
 */
import ts from 'typescript';

export interface UsedKey {
  file: string;
  line: number;
  namespace: string | null; // null: the default namespace was not pinned, any may hold it
  key: string;
  /** True when the key is a pattern from a template literal. */
  pattern: boolean;
}

function templatePattern(node: ts.TemplateExpression): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (
    '^' +
    escape(node.head.text) +
    node.templateSpans.map((span) => '[^.]+' + escape(span.literal.text)).join('') +
    '$'
  );
}

function literalNamespace(node: ts.Node | undefined, defaultNamespace: string): string {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)))
    return node.text;
  if (node && ts.isArrayLiteralExpression(node))
    return literalNamespace(node.elements[0], defaultNamespace);
  return defaultNamespace;
}

export function extractKeys(file: string, source: string, defaultNamespace: string): UsedKey[] {
  const sourceFile = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const translators = new Map<string, string>();
  const found: UsedKey[] = [];

  const lineOf = (node: ts.Node) =>
    sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;

  function record(node: ts.Expression, namespace: string | null) {
    let key: string;
    let pattern = false;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) key = node.text;
    else if (ts.isTemplateExpression(node)) {
      key = templatePattern(node);
      pattern = true;
    } else return;
    const colon = pattern ? -1 : key.indexOf(':');
    if (colon > 0)
      found.push({
        file,
        line: lineOf(node),
        namespace: key.slice(0, colon),
        key: key.slice(colon + 1),
        pattern,
      });
    else found.push({ file, line: lineOf(node), namespace, key, pattern });
  }

  // First pass: which local names are translate functions, and for which namespace.
  function bind(node: ts.Node) {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isObjectBindingPattern(node.name) &&
      node.initializer &&
      ts.isCallExpression(node.initializer) &&
      ts.isIdentifier(node.initializer.expression) &&
      node.initializer.expression.text === 'useTranslation'
    ) {
      const namespace = literalNamespace(node.initializer.arguments[0], defaultNamespace);
      for (const element of node.name.elements) {
        const property = element.propertyName ?? element.name;
        if (ts.isIdentifier(property) && property.text === 't' && ts.isIdentifier(element.name)) {
          translators.set(element.name.text, namespace);
        }
      }
    }
    if (
      ts.isParameter(node) &&
      ts.isIdentifier(node.name) &&
      node.type &&
      ts.isTypeReferenceNode(node.type) &&
      ts.isIdentifier(node.type.typeName) &&
      node.type.typeName.text === 'TFunction'
    ) {
      const argument = node.type.typeArguments?.[0];
      const namespace =
        argument && ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal)
          ? argument.literal.text
          : defaultNamespace;
      translators.set(node.name.text, namespace);
    }
    ts.forEachChild(node, bind);
  }

  // Second pass: the calls and props that name keys.
  function visit(node: ts.Node) {
    if (ts.isCallExpression(node) && node.arguments[0]) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && translators.has(callee.text)) {
        record(node.arguments[0], translators.get(callee.text)!);
      } else if (
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === 't' &&
        ts.isIdentifier(callee.expression) &&
        ['i18next', 'i18n'].includes(callee.expression.text)
      ) {
        record(node.arguments[0], null);
      }
    }
    if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name) && node.name.text === 'i18nKey') {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value)) record(value, null);
      else if (value && ts.isJsxExpression(value) && value.expression)
        record(value.expression, null);
    }
    ts.forEachChild(node, visit);
  }

  bind(sourceFile);
  visit(sourceFile);
  return found;
}
