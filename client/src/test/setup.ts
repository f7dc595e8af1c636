// Component test setup: jest-dom matchers, and a clean page (title, html classes, storage) per test.
import '@testing-library/jest-dom/jest-globals';
import { afterEach } from '@jest/globals';
import { cleanup } from '@testing-library/react';
import { resetPageFocusForTests } from '../components/Page';
import { resetDocumentTitleForTests } from '../lib/document-title';

afterEach(() => {
  cleanup();
  document.title = '';
  document.documentElement.className = '';
  window.localStorage.clear();
  resetPageFocusForTests();
  resetDocumentTitleForTests();
});
