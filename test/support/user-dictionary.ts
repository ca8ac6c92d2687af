// A small user dictionary, one phrase entry and one regex entry, for the tests of the user dictionary cache.
export const DICTIONARY = `category: phrasing
entries:
  - id: my-term
    match: [foo bar, foo bars]
    replace: baz
    message: Say baz.
    examples: [{before: foo bar, after: baz}]
    keep: [foo]
  - id: my-pattern
    regex: '(?<![\\p{L}\\p{N}])quux(es)?(?![\\p{L}\\p{N}])'
    replace: corge$1
    when: {notFollowedBy: '^\\s+garply'}
    message: Say corge.
    examples: [{before: quuxes, after: corgees}]
    keep: [quux garply]
`;
