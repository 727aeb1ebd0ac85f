import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import type { CommandSources, SourceRange } from '../../commands/command-sources';

const HANDLERS_FILE = 'server/commands/handlers.ts';
const DOMAIN_FOLDER = 'domain';
export const SOURCES_FILE = 'server/commands/sources.ts';

/**
 * Where each command is handled and decided, found in the code itself: its entry in the handler table, and every
 * branch of the domain that tests its type (a `case 'X':` or an `if (command.type === 'X')`), with the function of the
 * same file such a branch hands it to when that function does not branch on the type again.
 */
export function locateCommandSources(root: string, commandTypes: readonly string[]): Record<string, CommandSources> {
  const handlers = parse(root, HANDLERS_FILE);
  const domainFiles = domainSources(root).map((file) => parse(root, file));
  return Object.fromEntries(
    commandTypes.map((type) => [
      type,
      { handler: handlerRange(handlers, type), decider: domainFiles.flatMap((file) => branchesOn(file, type)) },
    ]),
  );
}

interface Parsed {
  readonly file: string;
  readonly source: ts.SourceFile;
}

function parse(root: string, file: string): Parsed {
  const text = readFileSync(join(root, file), 'utf8');
  return { file, source: ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true) };
}

function domainSources(root: string): string[] {
  return readdirSync(join(root, DOMAIN_FOLDER), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => relative(root, join(root, DOMAIN_FOLDER, name)))
    .sort();
}

function rangeOf({ file, source }: Parsed, start: ts.Node, end: ts.Node, kind: SourceRange['kind'], name?: string) {
  const line = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  return { file, from: line(start.getStart(source)), to: line(end.getEnd()), kind, ...(name ? { name } : {}) };
}

function handlerRange(parsed: Parsed, type: string): SourceRange {
  let found: SourceRange | undefined;
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(parsed.source) === 'handlers') {
      const literal = objectLiteralIn(node.initializer);
      const entry = literal?.properties.find((p) => p.name?.getText(parsed.source) === type);
      if (entry) found = rangeOf(parsed, entry, entry, 'handler');
    }
    ts.forEachChild(node, visit);
  };
  visit(parsed.source);
  if (!found) throw new Error(`${HANDLERS_FILE} has no handler for ${type}`);
  return found;
}

function objectLiteralIn(node: ts.Node | undefined): ts.ObjectLiteralExpression | undefined {
  if (!node) return undefined;
  if (ts.isObjectLiteralExpression(node)) return node;
  if (ts.isSatisfiesExpression(node) || ts.isAsExpression(node) || ts.isParenthesizedExpression(node))
    return objectLiteralIn(node.expression);
  return undefined;
}

const isTypeLiteral = (node: ts.Node, type: string) => ts.isStringLiteral(node) && node.text === type;

function branchesOn(parsed: Parsed, type: string): SourceRange[] {
  const ranges: SourceRange[] = [];
  const visit = (node: ts.Node) => {
    if (isCaseOn(node, type)) {
      const body = clauseWithStatements(node);
      ranges.push(rangeOf(parsed, node, body, 'case'), ...handedTo(parsed, body.statements, type));
    } else if (isIfOn(node, type)) {
      ranges.push(rangeOf(parsed, node, node, 'if'), ...handedTo(parsed, [node.thenStatement], type));
    }
    ts.forEachChild(node, visit);
  };
  visit(parsed.source);
  return ranges;
}

/** `case 'A': case 'B': ...`: the first clause after it that has statements is what decides it. */
function clauseWithStatements(clause: ts.CaseClause): ts.CaseClause {
  const clauses = clause.parent.clauses;
  for (let i = clauses.indexOf(clause); i < clauses.length; i++) {
    const candidate = clauses[i]!;
    if (ts.isCaseClause(candidate) && candidate.statements.length > 0) return candidate;
  }
  return clause;
}

const isCaseOn = (node: ts.Node, type: string): node is ts.CaseClause =>
  ts.isCaseClause(node) && isTypeLiteral(node.expression, type);
const isIfOn = (node: ts.Node, type: string): node is ts.IfStatement =>
  ts.isIfStatement(node) && testsTypeIs(node.expression, type);

function testsTypeIs(expression: ts.Expression, type: string): boolean {
  return (
    ts.isBinaryExpression(expression) &&
    expression.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken &&
    ts.isPropertyAccessExpression(expression.left) &&
    expression.left.name.text === 'type' &&
    isTypeLiteral(expression.right, type)
  );
}

/** The function of this file a branch returns the result of, unless that function branches on the type itself. */
function handedTo(parsed: Parsed, statements: readonly ts.Statement[], type: string): SourceRange[] {
  const returned = statements.length === 1 ? statements[0] : undefined;
  const call =
    returned && ts.isReturnStatement(returned) && returned.expression && ts.isCallExpression(returned.expression)
      ? returned.expression
      : undefined;
  if (!call || !ts.isIdentifier(call.expression)) return [];
  const name = call.expression.text;
  const declaration = parsed.source.statements.find(
    (s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === name,
  );
  if (!declaration || branchesAgain(declaration, type)) return [];
  return [rangeOf(parsed, declaration, declaration, 'function', name)];
}

function branchesAgain(node: ts.Node, type: string): boolean {
  if (isCaseOn(node, type) || isIfOn(node, type)) return true;
  return ts.forEachChild(node, (child) => branchesAgain(child, type) || undefined) ?? false;
}

/** The generated module: the locations above, for the inspector (`npm run commands:sources` writes it). */
export function sourcesModule(sources: Record<string, CommandSources>): string {
  return [
    '// Generated by `npm run commands:sources` from the handler table and the domain: do not edit.',
    "import type { CommandSources } from './command-sources';",
    '',
    `export const commandSources: Record<string, CommandSources> = ${JSON.stringify(sources, null, 2)};`,
    '',
  ].join('\n');
}
