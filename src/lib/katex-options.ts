// KaTeX's options for the whole site: \htmlData (and only it) is trusted, so live numbers carry data-quantity.
// Without `trust`, KaTeX silently renders a red literal "\htmlData" instead (a unit test guards this).
export const katexOptions = {
  trust: (context: { command: string }) => context.command === '\\htmlData',
  strict: (code: string) => (code === 'htmlExtension' || code === 'unknownSymbol' ? 'ignore' : 'warn'),
  throwOnError: true,
};
