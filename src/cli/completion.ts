/**
 * `pith completion bash|zsh|fish`: a completion script for the shell, written from the commander
 * program itself, so it offers exactly the subcommands, options and choices that `--help` lists
 * (a test holds the README to the same list). Inputs complete as file names.
 */
import type { Command, Option } from 'commander';
import { SHELLS, type Shell } from './completion-shells.js';

/** What the scripts need to know about one option. */
interface OptionSpec {
  long: string;
  short?: string;
  description: string;
  /** The option takes a value. */
  takesValue: boolean;
  /** Fixed values (--format json|jsonl...). */
  choices?: readonly string[];
  /** The value is a path (its placeholder says file, dir or path). */
  path: boolean;
  /** May be given more than once. */
  repeatable: boolean;
}

interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** Words this command completes as its first argument instead of files (completion: shells). */
  words?: readonly string[];
}

/** The root command (name '') and each subcommand, as the scripts see them. */
export function commandSpecs(program: Command): CommandSpec[] {
  const help = program.createHelp();
  const spec = (cmd: Command, name: string): CommandSpec => ({
    name,
    description: cmd.description(),
    options: help.visibleOptions(cmd).filter((o) => o.long).map(optionSpec),
  });
  const subcommands = help.visibleCommands(program).map((cmd) => spec(cmd, cmd.name()));
  const names = subcommands.map((c) => c.name);
  for (const c of subcommands) {
    if (c.name === 'completion') c.words = SHELLS;
    if (c.name === 'help') c.words = names.filter((n) => n !== 'help');
  }
  return [spec(program, ''), ...subcommands];
}

function optionSpec(o: Option): OptionSpec {
  const placeholder = /<([^>]+)>/.exec(o.flags)?.[1] ?? '';
  return {
    long: o.long!,
    short: o.short,
    description: o.description,
    takesValue: o.required || o.optional,
    choices: o.argChoices,
    path: /^(?:file|dir|path)/.test(placeholder),
    repeatable: o.variadic || /repeatable/.test(o.description),
  };
}

export function completionScript(program: Command, shell: Shell): string {
  const specs = commandSpecs(program);
  if (shell === 'bash') return bashScript(specs);
  if (shell === 'zsh') return zshScript(specs);
  return fishScript(specs);
}

const words = (xs: readonly string[]) => xs.join(' ');

function bashScript(specs: CommandSpec[]): string {
  const [root, ...subs] = specs;
  const all = specs.flatMap((c) => c.options);
  const byValue = (pick: (o: OptionSpec) => boolean) => [...new Set(all.filter(pick).map((o) => o.long))].join('|');
  const choiceCases = [...new Map(all.filter((o) => o.choices).map((o) => [o.long, o])).values()]
    .map((o) => `    ${o.long}) COMPREPLY=($(compgen -W "${words(o.choices!)}" -- "$cur")); return ;;`);
  const pathOptions = byValue((o) => o.takesValue && o.path && !o.choices);
  const otherValues = byValue((o) => o.takesValue && !o.path && !o.choices);
  const optionsOf = (c: CommandSpec) => words(c.options.flatMap((o) => [o.long, ...(o.short ? [o.short] : [])]));
  return `# pith completion for bash. Load it with:  source <(pith completion bash)
_pith() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" w
  for w in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    case "$w" in ${subs.map((c) => c.name).join('|')}) cmd="$w"; break ;; -*) ;; *) break ;; esac
  done
  case "$prev" in
${choiceCases.join('\n')}
    ${pathOptions}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    ${otherValues}) return ;;
  esac
  local opts
  case "$cmd" in
${subs.map((c) => `    ${c.name}) opts="${optionsOf(c)}"${c.words ? `; [[ "$cur" != -* ]] && { COMPREPLY=($(compgen -W "${words(c.words)}" -- "$cur")); return; }` : ''} ;;`).join('\n')}
    *) opts="${optionsOf(root)}" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($([[ -z "$cmd" ]] && compgen -W "${words(subs.map((c) => c.name))}" -- "$cur") $(compgen -f -- "$cur"))
  fi
}
complete -o filenames -o bashdefault -F _pith pith
`;
}

/** Text inside a zsh _arguments spec's brackets, in single quotes. */
function zshText(s: string): string {
  return s.replace(/([[\]:\\])/g, '\\$1').replace(/'/g, "'\\''");
}

function zshOption(o: OptionSpec): string {
  const names = o.short ? `{${o.short},${o.long}}` : o.long;
  const star = o.repeatable ? "'*'" : '';
  const action = !o.takesValue ? '' : o.choices ? `:${o.long.slice(2)}:(${words(o.choices)})` : o.path ? `:${o.long.slice(2)}:_files` : `:${o.long.slice(2)}: `;
  return `${star}${names}'[${zshText(o.description)}]${action}'`;
}

function zshScript(specs: CommandSpec[]): string {
  const [root, ...subs] = specs;
  const described = subs.map((c) => `'${c.name}:${zshText(c.description)}'`).join(' ');
  const args = (c: CommandSpec) => c.options.map(zshOption).join(' \\\n        ');
  return `#compdef pith
# pith completion for zsh. Load it with:  source <(pith completion zsh)  (after compinit)
_pith() {
  local -a commands
  commands=(${described})
  if (( CURRENT == 2 )) && [[ $words[2] != -* ]]; then
    _describe 'command' commands
    _files
    return
  fi
  case $words[2] in
${subs
  .map((c) => {
    const first = c.words ? ` '1:${c.name === 'help' ? 'command' : 'shell'}:(${words(c.words)})'` : " '*:input:_files'";
    return `    ${c.name})\n      shift words; (( CURRENT-- ))\n      _arguments -s ${args(c)}${first} ;;`;
  })
  .join('\n')}
    *)
      _arguments -s ${args(root)} '*:input:_files' ;;
  esac
}
compdef _pith pith
`;
}

function fishQuote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function fishScript(specs: CommandSpec[]): string {
  const [root, ...subs] = specs;
  const names = subs.map((c) => c.name).join(' ');
  const lines = [
    '# pith completion for fish. Load it with:  pith completion fish | source',
    'complete -c pith -e',
    ...subs.map((c) => `complete -c pith -n '__fish_use_subcommand' -f -a ${c.name} -d ${fishQuote(c.description)}`),
  ];
  const optionLine = (condition: string, o: OptionSpec) => {
    const value = !o.takesValue ? '' : o.choices ? ` -x -a ${fishQuote(words(o.choices))}` : o.path ? ' -r -F' : ' -x';
    const short = o.short ? ` -s ${o.short.slice(1)}` : '';
    return `complete -c pith -n ${fishQuote(condition)} -l ${o.long.slice(2)}${short}${value} -d ${fishQuote(o.description)}`;
  };
  for (const o of root.options) lines.push(optionLine(`not __fish_seen_subcommand_from ${names}`, o));
  for (const c of subs) {
    for (const o of c.options) lines.push(optionLine(`__fish_seen_subcommand_from ${c.name}`, o));
    if (c.words) lines.push(`complete -c pith -n ${fishQuote(`__fish_seen_subcommand_from ${c.name}`)} -f -a ${fishQuote(words(c.words))}`);
  }
  return lines.join('\n') + '\n';
}
