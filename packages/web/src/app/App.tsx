import { MantineProvider } from '@mantine/core';
import { setNonce } from 'get-nonce';
import { RouterProvider } from 'react-router/dom';
import { pageNonce } from './page-nonce';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

// The page's nonce (one per page load), which Mantine puts on the <style> tags it adds, and so
// does the scroll lock of Mantine's drawers and modals (react-remove-scroll, through get-nonce).
const styleNonce = pageNonce();
const getStyleNonce = styleNonce ? () => styleNonce : undefined;
if (styleNonce) setNonce(styleNonce);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" getStyleNonce={getStyleNonce}>
      <RouterProvider router={router} />
    </MantineProvider>
  );
}
