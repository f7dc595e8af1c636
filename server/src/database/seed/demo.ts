// Placeholder replaced below.
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/config.js';
export async function loadDemoDataIfEmpty(_ds: DataSource, _c: AppConfig): Promise<void> {}
