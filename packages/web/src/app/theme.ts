import { createTheme, DEFAULT_THEME, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A deep clinical teal, darker than Mantine's default so text on it passes WCAG AA.
const clinical: MantineColorsTuple = [
  '#e6f6f5',
  '#cdeceb',
  '#9dd8d5',
  '#69c3bf',
  '#40b1ac',
  '#26a5a0',
  '#0f8a86',
  '#0b6e6e',
  '#075a5a',
  '#034646',
];

const fontStack = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Noto Sans"',
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans Khmer"',
  // Japanese from the system (a bundled CJK font would weigh megabytes): macOS, Windows, Linux/Android.
  '"Hiragino Sans"',
  '"Yu Gothic UI"',
  'Meiryo',
  '"Noto Sans CJK JP"',
  'sans-serif',
].join(', ');

export const theme = createTheme({
  colors: { clinical },
  primaryColor: 'clinical',
  primaryShade: 7,
  fontFamily: fontStack,
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace',
  headings: { fontFamily: fontStack, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  autoContrast: true,
  components: {
    // Mantine draws a dialog's title bar as <header>, a second page banner next to the app's own
    // (axe landmark-no-duplicate-banner): a plain element is enough inside the dialog.
    DrawerHeader: { defaultProps: { component: 'div' } },
    ModalHeader: { defaultProps: { component: 'div' } },
  },
});

/**
 * Mantine's default palette uses shade 6–7 for text, light badges and filled buttons, and grey 6
 * for dimmed text: too pale for WCAG AA (4.5:1) on white and tinted backgrounds (axe color-contrast).
 * In light mode every default colour is drawn from its darkest shade, darkened a little more, and
 * dimmed text uses grey 7. The clinical primary colour already passes and is left alone.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => {
  // A field's error message is drawn in --mantine-color-error (red 6 by default, 3.3:1 on white).
  const light: Record<string, string> = { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-text)' };
  for (const name of Object.keys(DEFAULT_THEME.colors)) {
    if (name === 'dark' || name === 'gray') continue;
    const dark = `color-mix(in srgb, var(--mantine-color-${name}-9) 70%, black)`;
    light[`--mantine-color-${name}-text`] = dark;
    light[`--mantine-color-${name}-light-color`] = dark;
    light[`--mantine-color-${name}-outline`] = dark;
    light[`--mantine-color-${name}-filled`] = dark;
    light[`--mantine-color-${name}-filled-hover`] = `color-mix(in srgb, var(--mantine-color-${name}-9) 60%, black)`;
  }
  return { variables: {}, light, dark: {} };
};
