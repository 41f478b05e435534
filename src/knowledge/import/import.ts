// `npm run kb:import`: a raw article into <knowledge>/articles/<id>.yaml.
// Idempotent: importing the same file again changes nothing; an existing
// article that differs is only replaced with `force`. Writes nothing when the
// article cannot be read. Facts are never written: the curator writes them.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { checkKnowledge, type KnowledgeCheck } from '../check.js';
import { articleFileText } from './article-file.js';
import { draftArticle, type Draft } from './draft.js';
import { ImportError } from './errors.js';
import { readKnownNames } from './known.js';
import { decodeRaw } from './raw.js';
import { loadImportRules } from './rules.js';

export interface ImportRequest {
  /** The raw article: text copied from the news page. */
  path: string;
  knowledgeDir: string;
  id?: string;
  date?: string;
  /** Replace an existing article that differs. */
  force?: boolean;
}

export interface ImportReport {
  /** written: a new file; replaced: --force over a different one; unchanged: the same import was already there. */
  status: 'written' | 'replaced' | 'unchanged';
  /** The article file, as the operator would type it. */
  file: string;
  raw: string;
  draft: Draft;
  check: KnowledgeCheck;
}

const shown = (path: string) => relative(process.cwd(), path) || path;

function readRaw(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ImportError(`there is no file at ${path}`, 'check the path of the raw article (a .txt file)');
    if (code === 'EISDIR') throw new ImportError(`${path} is a folder`, 'give the path of one raw article (a .txt file)');
    throw new ImportError(`${path} cannot be read (${code ?? String(error)})`, 'check that the file exists and is readable');
  }
}

interface ExistingArticle {
  file: string;
  id?: string;
  texts: string[];
}

/** The articles already in the folder, read leniently: one may be a draft that kb:check still rejects. */
function existingArticles(folder: string): ExistingArticle[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const file = join(folder, f);
      let data: unknown;
      try {
        data = parseYaml(readFileSync(file, 'utf8'));
      } catch {
        return { file, texts: [] };
      }
      const record = (data ?? {}) as { id?: unknown; paragraphs?: unknown };
      const paragraphs = Array.isArray(record.paragraphs) ? (record.paragraphs as { text?: unknown }[]) : [];
      return { file, ...(typeof record.id === 'string' ? { id: record.id } : {}), texts: paragraphs.map((p) => String(p?.text ?? '')) };
    });
}

export function importArticle(request: ImportRequest): ImportReport {
  const dir = request.knowledgeDir;
  if (!existsSync(dir)) throw new ImportError(`the knowledge folder ${dir} does not exist`, 'set KNOWLEDGE_DIR (or --knowledge) to the folder holding articles/, entities/, facts/ and language/');
  const text = decodeRaw(readRaw(request.path), basename(request.path));
  const rules = loadImportRules(dir);
  const draft = draftArticle(text, { file: basename(request.path), ...(request.id ? { id: request.id } : {}), ...(request.date ? { date: request.date } : {}) }, rules, readKnownNames(dir));

  const folder = join(dir, 'articles');
  const target = join(folder, `${draft.id}.yaml`);
  const content = articleFileText(draft, request.path);
  const texts = draft.clean.paragraphs.map((p) => p.text);
  const others = existingArticles(folder).filter((a) => a.file !== target);

  const sameId = others.find((a) => a.id === draft.id);
  if (sameId) throw new ImportError(`the id ${draft.id} is already used by ${shown(sameId.file)}`, 'choose another with --id');
  const sameText = others.find((a) => a.texts.length === texts.length && a.texts.every((t, i) => t === texts[i]));
  if (sameText && !request.force) {
    throw new ImportError(`this article is already in ${shown(sameText.file)}${sameText.id ? ` (id ${sameText.id})` : ''}`, `nothing to do; to import it again under another id, pass --id and --force`);
  }

  let status: ImportReport['status'] = 'written';
  if (existsSync(target)) {
    if (readFileSync(target, 'utf8') === content) status = 'unchanged';
    else if (!request.force) {
      throw new ImportError(
        `${shown(target)} already exists and differs from this import`,
        'pass --force to replace it (what was curated in that file — title, summary, communique — is replaced too), or --id to import under another id',
      );
    } else status = 'replaced';
  }
  if (status !== 'unchanged') {
    mkdirSync(folder, { recursive: true });
    // Written whole or not at all: a reader never sees half an article.
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  }
  return { status, file: shown(target), raw: request.path, draft, check: checkKnowledge(dir) };
}
