import { Command } from "commander";

/**
 * The command class of the CLI: commander's own usage errors ("error:
 * unknown option '--x'" and a second line pointing at --help) are
 * rewritten as one sentence in mtclean's style, with the --help of the
 * command that was run. Help and --version are commander's, unchanged.
 */
export class MtcleanCommand extends Command {
  override createCommand(name?: string): Command {
    return new MtcleanCommand(name);
  }

  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    return super.error(usageSentence(message, errorOptions?.code ?? "", commandPath(this)), errorOptions);
  }
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at; at = at.parent) names.unshift(at.name());
  return names.join(" ");
}

/** commander's message ("error: …", maybe a "\n(Did you mean …?)" line) as `mtclean: One sentence (pointer to --help).` */
export function usageSentence(message: string, code: string, path: string): string {
  const [first = "", ...rest] = message.replace(/^error: /, "").split("\n");
  const guess = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(rest.join(" "))?.[1];
  const didYouMean = guess ? `; did you mean ${guess.split(", ").map((name) => `"${name}"`).join(" or ")}?` : ".";
  const help = `\`${path} --help\``;
  let match: RegExpExecArray | null;
  if (code === "commander.unknownOption" && (match = /^unknown option '(.+)'$/.exec(first))) {
    return `mtclean: Unknown option "${match[1]}" (${help} lists the options)${didYouMean}`;
  }
  if (code === "commander.unknownCommand" && (match = /^unknown command '(.+)'$/.exec(first))) {
    return `mtclean: Unknown command "${match[1]}" (${help} lists the commands)${didYouMean}`;
  }
  if (code === "commander.invalidArgument" && (match = /^option '(.+?)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/.exec(first))) {
    return `mtclean: ${longFlag(match[1]!)} cannot be "${match[2]}": choose ${match[3]} (see ${help}).`;
  }
  if (code === "commander.optionMissingArgument" && (match = /^option '(.+)' argument missing$/.exec(first))) {
    return `mtclean: ${longFlag(match[1]!)} needs a value: ${match[1]!.replace(/^-\w, /, "")} (see ${help}).`;
  }
  if (code === "commander.missingMandatoryOptionValue" && (match = /^required option '(.+)' not specified$/.exec(first))) {
    return `mtclean: ${longFlag(match[1]!)} is required: ${match[1]!.replace(/^-\w, /, "")} (see ${help}).`;
  }
  if (code === "commander.missingArgument" && (match = /^missing required argument '(.+)'$/.exec(first))) {
    return `mtclean: The argument <${match[1]}> is missing (see ${help}).`;
  }
  if (code === "commander.excessArguments" && (match = /Expected (\d+) arguments? but got (\d+)/.exec(first))) {
    return `mtclean: Too many arguments: ${match[1]} at most, not ${match[2]} (see ${help}).`;
  }
  return `mtclean: ${first.charAt(0).toUpperCase()}${first.slice(1).replace(/\.$/, "")} (see ${help}).`;
}

/** "-f, --format <name>" -> "--format" */
const longFlag = (flags: string): string => /--[\w-]+/.exec(flags)?.[0] ?? flags;
