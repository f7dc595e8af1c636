// The layering rules of ../shared/DESIGN.md ("Layout") as ESLint rules, by folder. The rule options name the
// folders; eslint.config.js holds the policy and its reasoned exceptions. Imports are classified by the folder
// they resolve to (every import in this project is relative, and its .js names the .ts next to it).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const posix = (p) => p.split(sep).join('/');

/** `server/src/<top>/...` → top folder (or the file name for top-level files); `client/src/...` likewise. */
export function place(root, file) {
  const rel = posix(relative(root, file)).replace(/\.js$/, '.ts'); // an import's .js names the .ts next to it
  let m = rel.match(/^server\/src\/([^/]+)(\/.*)?$/);
  if (m) return { side: 'server', top: m[2] ? m[1] : null, file: rel };
  m = rel.match(/^client\/src\/([^/]+)(?:\/([^/]+))?(\/.*)?$/);
  if (m) return { side: 'client', top: m[1], feature: m[1] === 'features' && m[3] ? m[2] : null, file: rel };
  return { side: null, top: null, file: rel };
}

/** A small glob: `**` any folders, `*` within one name, `{a,b}` either. */
function globRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') { re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'; i += glob[i + 2] === '/' ? 2 : 1; }
    else if (c === '*') re += '[^/]*';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',') re += '|';
    else re += c.replace(/[.+^$()|[\]\\?]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
const matches = (patterns, rel) => patterns.some((p) => globRegExp(p).test(rel));

function checkImport(options, from, to, spec) {
  const { kernel, pure, readOnlyFeatures, composition, exceptions, pureExternals } = options;
  const shared = options.shared ?? [];
  const allowed = (exceptions ?? []).some((e) => matches([e.from], from.file) && matches([e.to], to ? to.file : spec));
  if (allowed) return null;
  if (from.side === 'server') {
    if (matches(composition, from.file)) return null;
    if (!to) { // a package
      if (from.top && pure.includes(from.top) && !(pureExternals ?? []).includes(spec)) return `${from.top}/ is pure (no I/O): it may not import '${spec}'`;
      return null;
    }
    if (to.side !== 'server') return `server code may not import ${to.file}`;
    if (to.top === null) return `only composition files may import the composition file ${to.file}`;
    if (to.top === from.top) return null;
    if (from.top === null) return null;
    const sharedOk = [...kernel, ...shared];
    if (pure.includes(from.top) && !pure.includes(to.top) && to.top !== 'common' && !shared.includes(to.top)) {
      return `${from.top}/ is pure (no I/O): it imports only common/, ${shared.map((x) => `${x}/`).join(', ')} and pure modules, not ${to.top}/`;
    }
    if (kernel.includes(from.top) && !sharedOk.includes(to.top)) return `the kernel (${kernel.join(', ')}) imports no feature: ${from.top}/ imports ${to.top}/`;
    if (shared.includes(from.top) && !sharedOk.includes(to.top)) return `${from.top}/ is shared like the kernel and imports no feature: it imports ${to.top}/`;
    const reader = readOnlyFeatures[to.top];
    if (reader && !reader.includes(from.top)) return `nothing reads from ${to.top}/ (DESIGN.md): ${from.top}/ imports it`;
    return null;
  }
  if (from.side === 'client' && to && to.side === 'client') {
    if (from.feature && to.feature && from.feature !== to.feature) return `client features import each other only through shared components: features/${from.feature} imports features/${to.feature}`;
    if (to.top === 'features' && !['features', 'app'].includes(from.top) && !matches(composition, from.file)) return `code flows shared → features → app: ${from.top}/ imports features/`;
    if (to.top === 'app' && from.top !== 'app' && !matches(composition, from.file)) return `code flows shared → features → app: ${from.top}/ imports app/`;
  }
  return null;
}

const imports = {
  meta: { type: 'problem', schema: [{ type: 'object', additionalProperties: true }], messages: { layer: '{{why}}' } },
  create(context) {
    const options = context.options[0];
    const root = options.root;
    const from = place(root, context.filename);
    if (!from.side) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      const to = spec.startsWith('.') ? place(root, resolve(dirname(context.filename), spec)) : null;
      const why = checkImport(options, from, to, spec);
      if (why) context.report({ node: source, messageId: 'layer', data: { why } });
    };
    return {
      ImportDeclaration: (n) => check(n, n.source),
      ExportNamedDeclaration: (n) => check(n, n.source),
      ExportAllDeclaration: (n) => check(n, n.source),
      ImportExpression: (n) => check(n, n.source),
    };
  },
};

/** Which feature owns each table and entity class: read from the entities' @Entity('table') declarations,
 *  plus the tables without an entity class, named in the options. */
export function ownership(root, extraTables) {
  const entities = new Map();
  const tables = new Map(Object.entries(extraTables ?? {}));
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (/\.entit(y|ies)\.ts$/.test(d.name)) {
        const owner = posix(relative(join(root, 'server/src'), p)).split('/')[0];
        const text = readFileSync(p, 'utf8');
        for (const m of text.matchAll(/@Entity\('([a-z_]+)'\)[\s\S]*?export class (\w+)/g)) {
          tables.set(m[1], owner);
          entities.set(m[2], owner);
        }
      }
    }
  };
  walk(join(root, 'server/src'));
  return { entities, tables };
}

const WRITES = new Set(['save', 'insert', 'update', 'delete', 'upsert', 'increment', 'decrement', 'remove', 'softDelete', 'softRemove', 'restore', 'clear', 'preload']);
const READS = new Set(['find', 'findBy', 'findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'findAndCount', 'findAndCountBy', 'count', 'countBy', 'exists', 'existsBy', 'exist', 'sum', 'average', 'minimum', 'maximum', 'createQueryBuilder', 'hasId', 'getId', 'create', 'merge']);
const SQL_WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?|COPY)\s+"?([a-z_][a-z0-9_]*)/gi;

const foreignWrites = {
  meta: { type: 'problem', schema: [{ type: 'object', additionalProperties: true }], messages: { write: '{{why}}' } },
  create(context) {
    const options = context.options[0];
    const from = place(options.root, context.filename);
    if (from.side !== 'server' || !from.top || matches(options.composition ?? [], from.file)) return {};
    const own = (options._ownership ??= ownership(options.root, options.tables));
    const foreignEntity = (node) => {
      if (node?.type !== 'Identifier') return null;
      const owner = own.entities.get(node.name);
      return owner && owner !== from.top ? owner : null;
    };
    const report = (node, why) => context.report({ node, messageId: 'write', data: { why } });
    const writeAllowed = (table) => (options.writeExceptions ?? []).some((e) => e.table === table && matches([e.from], from.file));
    const sql = (node, text) => {
      for (const m of text.matchAll(SQL_WRITE)) {
        const owner = own.tables.get(m[1].toLowerCase());
        if (owner && owner !== from.top && !writeAllowed(m[1].toLowerCase())) report(node, `${from.top}/ writes ${owner}/'s table ${m[1]} with SQL: call a method of ${owner}'s service instead`);
      }
    };
    return {
      CallExpression(node) {
        const c = node.callee;
        const method = c.type === 'MemberExpression' && c.property.type === 'Identifier' ? c.property.name : c.type === 'Identifier' ? c.name : null;
        if (method === 'getRepository' || method === 'InjectRepository' || method === 'getTreeRepository') {
          const owner = foreignEntity(node.arguments[0]);
          if (!owner) return;
          const use = node.parent;
          const next = use.type === 'MemberExpression' && use.object === node && use.property.type === 'Identifier' ? use.property.name : null;
          if (next && READS.has(next)) return; // a read through the owner's entity: allowed (reads are not the rule)
          report(node, `${from.top}/ takes ${owner}/'s repository for ${node.arguments[0].name}${next ? ` to ${next}` : ''}: writes go through ${owner}'s service`);
          return;
        }
        if (method && WRITES.has(method)) {
          const owner = foreignEntity(node.arguments[0]);
          if (owner) report(node, `${from.top}/ writes ${owner}/'s ${node.arguments[0].name} (${method}): call a method of ${owner}'s service instead`);
        }
      },
      Literal(node) {
        if (typeof node.value === 'string') sql(node, node.value);
      },
      TemplateLiteral(node) {
        sql(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ? '));
      },
    };
  },
};

const SQL_READ = /\b(?:FROM|JOIN)\s+"?([a-z_][a-z0-9_]*)/gi;

/** A domain feature reads no other feature's rows either: not through a repository of its entity, an entity
 *  manager's find/count/query builder on it, or SQL from its table. It calls the owner's service. search/ and
 *  reporting/ (options.readers) read from the others (DESIGN.md); composition files wire everything. */
const foreignReads = {
  meta: { type: 'problem', schema: [{ type: 'object', additionalProperties: true }], messages: { read: '{{why}}' } },
  create(context) {
    const options = context.options[0];
    const from = place(options.root, context.filename);
    if (from.side !== 'server' || !from.top || matches(options.composition ?? [], from.file)) return {};
    if ((options.readers ?? []).includes(from.top) || options.kernel.includes(from.top)) return {};
    const own = (options._ownership ??= ownership(options.root, options.tables));
    const allowed = (name) => (options.readExceptions ?? []).some((e) => (e.entity === name || e.table === name) && matches([e.from], from.file));
    const foreignEntity = (node) => {
      if (node?.type !== 'Identifier') return null;
      const owner = own.entities.get(node.name);
      return owner && owner !== from.top && !allowed(node.name) ? owner : null;
    };
    const report = (node, why) => context.report({ node, messageId: 'read', data: { why } });
    const sql = (node, text) => {
      if (!/\bSELECT\b/i.test(text)) return;
      for (const m of text.matchAll(SQL_READ)) {
        const table = m[1].toLowerCase();
        const owner = own.tables.get(table);
        if (owner && owner !== from.top && !allowed(table)) report(node, `${from.top}/ reads ${owner}/'s table ${m[1]} with SQL: call a read method of ${owner}'s service instead`);
      }
    };
    return {
      CallExpression(node) {
        const c = node.callee;
        const method = c.type === 'MemberExpression' && c.property.type === 'Identifier' ? c.property.name : c.type === 'Identifier' ? c.name : null;
        if (!method) return;
        const arg = node.arguments[0];
        const owner = foreignEntity(arg);
        if (!owner) return;
        if (method === 'getRepository' || method === 'InjectRepository' || method === 'getTreeRepository') {
          report(node, `${from.top}/ takes ${owner}/'s repository for ${arg.name}: read it through ${owner}'s service`);
        } else if (READS.has(method) || method === 'from' || /^(?:inner|left)Join(?:AndSelect|AndMap(?:One|Many))?$/.test(method)) {
          report(node, `${from.top}/ reads ${owner}/'s ${arg.name} (${method}): call a read method of ${owner}'s service instead`);
        }
      },
      Literal(node) {
        if (typeof node.value === 'string') sql(node, node.value);
      },
      TemplateLiteral(node) {
        sql(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ? '));
      },
    };
  },
};

/** The server's folder graph (who imports whom), read once per lint run; specs and composition files left out. */
function folderGraph(options) {
  const graph = new Map();
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) { walk(p); continue; }
      if (!d.name.endsWith('.ts') || d.name.endsWith('.spec.ts')) continue;
      const from = place(options.root, p);
      if (!from.top || matches(options.composition, from.file)) continue;
      for (const m of readFileSync(p, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
        const to = place(options.root, resolve(dirname(p), m[1]));
        if (to.side !== 'server' || !to.top || to.top === from.top) continue;
        if (!graph.has(from.top)) graph.set(from.top, new Set());
        graph.get(from.top).add(to.top);
      }
    }
  };
  walk(join(options.root, 'server/src'));
  return graph;
}

function path(graph, from, to, seen = new Set([from])) {
  for (const next of graph.get(from) ?? []) {
    if (next === to) return [from, to];
    if (seen.has(next)) continue;
    seen.add(next);
    const rest = path(graph, next, to, seen);
    if (rest) return [from, ...rest];
  }
  return null;
}

/** Features import each other one way: an import from a to b is refused when b already reaches a. */
const noCycles = {
  meta: { type: 'problem', schema: [{ type: 'object', additionalProperties: true }], messages: { cycle: '{{why}}' } },
  create(context) {
    const options = context.options[0];
    const from = place(options.root, context.filename);
    // the kernel's own imports are layers/imports' business (the kernel imports no feature at all)
    if (from.side !== 'server' || !from.top || options.kernel.includes(from.top)) return {};
    if (matches(options.composition, from.file) || from.file.endsWith('.spec.ts')) return {};
    const check = (source) => {
      if (typeof source?.value !== 'string' || !source.value.startsWith('.')) return;
      const to = place(options.root, resolve(dirname(context.filename), source.value));
      if (to.side !== 'server' || !to.top || to.top === from.top) return;
      if ((options.cycleExceptions ?? []).some((e) => e.includes(from.top) && e.includes(to.top))) return;
      const graph = (options._graph ??= folderGraph(options));
      const back = path(graph, to.top, from.top);
      if (back) context.report({ node: source, messageId: 'cycle', data: { why: `import loop: ${from.top}/ imports ${to.top}/, which reaches back (${back.join(' → ')}): one owner per rule, or a domain event` } });
    };
    return {
      ImportDeclaration: (n) => check(n.source),
      ExportNamedDeclaration: (n) => check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
      ImportExpression: (n) => check(n.source),
    };
  },
};

export default { meta: { name: 'layers' }, rules: { imports, 'foreign-writes': foreignWrites, 'foreign-reads': foreignReads, 'no-cycles': noCycles } };
