import { createTheme, type MantineColorsTuple } from '@mantine/core';

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
});
