/**
 * `npm run generate:report-schema`: writes `docs/report-shape.schema.json` (JSON Schema
 * draft-07) from the TypeScript type `ReportShape` in `src/reports/shape/types.ts`, with the
 * TypeScript compiler reading the types: every interface becomes a definition, its JSDoc the
 * description, constraint tags (`@minimum`, `@pattern`, …) schema keywords, literal unions
 * enums. The schema test fails while the committed file differs from what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ts from 'typescript';

/** The project's root folder. */
export const PROJECT_ROOT = resolve(__dirname, '..');

/** The published schema. */
export const SCHEMA_PATH = join(PROJECT_ROOT, 'docs', 'report-shape.schema.json');

/** The file holding the shape type. */
const TYPES_PATH = join(PROJECT_ROOT, 'src', 'reports', 'shape', 'types.ts');

/** A JSON Schema node. */
type Schema = Record<string, unknown>;

/** JSDoc tags copied into the schema, with how their text is read. */
const CONSTRAINT_TAGS: Readonly<Record<string, 'number' | 'string'>> = {
  minimum: 'number',
  maximum: 'number',
  exclusiveMinimum: 'number',
  exclusiveMaximum: 'number',
  minLength: 'number',
  maxLength: 'number',
  minItems: 'number',
  maxItems: 'number',
  pattern: 'string'
};

/** Reads the TypeScript types and builds the schema. */
export function generateReportSchema(): Schema {
  // No @types and no lib checks: only the shape's own files matter.
  const program = ts.createProgram([TYPES_PATH], { strict: true, target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, noEmit: true, types: [], skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(TYPES_PATH);
  if (source === undefined) {
    throw new Error(`Hittar inte ${TYPES_PATH}`);
  }
  const definitions: Record<string, Schema> = {};

  const description = (symbol: ts.Symbol): string | undefined => {
    const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
    return text === '' ? undefined : text;
  };
  const constraints = (symbol: ts.Symbol): Schema => {
    const result: Schema = {};
    for (const tag of symbol.getJsDocTags(checker)) {
      const kind = CONSTRAINT_TAGS[tag.name];
      if (kind !== undefined) {
        const text = ts.displayPartsToString(tag.text).trim();
        result[tag.name] = kind === 'number' ? Number(text) : text;
      }
    }
    return result;
  };

  /** A type the compiler resolved, for what has no useful type node (`keyof typeof REPORT_FIELDS`). */
  const convertType = (type: ts.Type): Schema => {
    if (type.isUnion() && type.types.every((member) => member.isStringLiteral())) {
      return { type: 'string', enum: type.types.map((member) => (member as ts.StringLiteralType).value) };
    }
    if (type.isStringLiteral()) {
      return { type: 'string', enum: [type.value] };
    }
    throw new Error(`Typen ${checker.typeToString(type)} kan inte skrivas som JSON Schema`);
  };

  /** An interface's or type literal's members as an object schema. */
  const convertMembers = (members: ts.NodeArray<ts.TypeElement>): Schema => {
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const member of members) {
      if (!ts.isPropertySignature(member) || member.type === undefined) {
        throw new Error(`Medlemmen ${member.getText()} kan inte skrivas som JSON Schema`);
      }
      const name = ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
      const symbol = checker.getSymbolAtLocation(member.name);
      const text = symbol !== undefined ? description(symbol) : undefined;
      properties[name] = { ...(text !== undefined ? { description: text } : {}), ...convertNode(member.type), ...(symbol !== undefined ? constraints(symbol) : {}) };
      if (member.questionToken === undefined) {
        required.push(name);
      }
    }
    const result: Schema = { type: 'object', properties };
    if (required.length > 0) {
      result.required = required;
    }
    result.additionalProperties = false;
    return result;
  };

  /** A named interface or alias of src/reports/shape: a definition, referenced by $ref. */
  const define = (symbol: ts.Symbol): Schema => {
    const name = symbol.name;
    if (!(name in definitions)) {
      definitions[name] = {};
      const declaration = (symbol.declarations ?? [])[0];
      let body: Schema;
      if (declaration !== undefined && ts.isInterfaceDeclaration(declaration)) {
        body = convertMembers(declaration.members);
      } else if (declaration !== undefined && ts.isTypeAliasDeclaration(declaration)) {
        body = convertNode(declaration.type);
      } else {
        throw new Error(`${name} är varken interface eller typalias`);
      }
      const text = description(symbol);
      definitions[name] = text !== undefined ? { description: text, ...body } : body;
    }
    return { $ref: `#/definitions/${name}` };
  };

  /** A type as written in the source, so unions keep their order and aliases their names. */
  const convertNode = (node: ts.TypeNode): Schema => {
    if (ts.isTypeReferenceNode(node)) {
      let symbol = checker.getSymbolAtLocation(node.typeName);
      if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) {
        symbol = checker.getAliasedSymbol(symbol);
      }
      const file = symbol?.declarations?.[0]?.getSourceFile().fileName ?? '';
      if (symbol !== undefined && /src\/reports\/shape\//.test(file)) {
        return define(symbol);
      }
      return convertType(checker.getTypeFromTypeNode(node));
    }
    if (ts.isUnionTypeNode(node)) {
      const members = node.types.filter((member) => member.kind !== ts.SyntaxKind.UndefinedKeyword);
      if (members.every((member) => ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal))) {
        return { type: 'string', enum: members.map((member) => ((member as ts.LiteralTypeNode).literal as ts.StringLiteral).text) };
      }
      return members.length === 1 ? convertNode(members[0]) : { anyOf: members.map(convertNode) };
    }
    if (ts.isArrayTypeNode(node)) {
      return { type: 'array', items: convertNode(node.elementType) };
    }
    if (ts.isParenthesizedTypeNode(node)) {
      return convertNode(node.type);
    }
    if (ts.isTypeLiteralNode(node)) {
      return convertMembers(node.members);
    }
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) {
      return { type: 'string', enum: [node.literal.text] };
    }
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: 'string' };
      case ts.SyntaxKind.NumberKeyword:
        return { type: 'number' };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: 'boolean' };
      default:
        return convertType(checker.getTypeFromTypeNode(node));
    }
  };

  const moduleSymbol = checker.getSymbolAtLocation(source);
  const shapeSymbol = moduleSymbol !== undefined ? checker.getExportsOfModule(moduleSymbol).filter((symbol) => symbol.name === 'ReportShape')[0] : undefined;
  if (shapeSymbol === undefined) {
    throw new Error('Hittar inte ReportShape');
  }
  const root = define(shapeSymbol);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://internkontroll.example/schemas/report-shape.schema.json',
    title: 'Rapportform / Report shape',
    description:
      'En rapportform för Internkontroll för Microsoft 365: hur en uppföljningsrapport ser ut (tabeller, kolumner, gruppering, perioder, status- och nivåvisning). Genererad från src/reports/shape/types.ts med npm run generate:report-schema; se docs/report-shapes.md.',
    ...root,
    definitions
  };
}

/** The schema as the file holds it. */
export function reportSchemaText(): string {
  return `${JSON.stringify(generateReportSchema(), null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(SCHEMA_PATH, reportSchemaText(), 'utf8');
  console.log(`Skrev ${SCHEMA_PATH}`);
}
