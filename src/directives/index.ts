export { applyDirectives, UNUSED_DIRECTIVE_RULE, type DirectiveOptions } from "./apply.js";
export { parseDirectives, type Directive, type DirectiveKind } from "./parse.js";
