// exceljs, loaded by the first export or import that needs it (lazy-module.ts says why).
import type ExcelJS from 'exceljs';
import { lazyModule } from './lazy-module.js';

export const excelJs = lazyModule<typeof ExcelJS>('exceljs');
