import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ImportFormat, ImportStatus } from './import-vocab.js';

/** 名册导入: one uploaded registry file, its progress and its outcome. Rows and problems live in their own tables. */
@ObjectType({ description: '求职者名册导入' })
@Entity('seeker_import')
export class SeekerImport {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The staff member who uploaded the file' }) @Column('uuid') createdBy: string;
  @Field(() => String, { nullable: true, description: 'The uploader\'s county (null: city-wide); the import covers rows of it only' })
  @Column({ type: 'varchar', nullable: true }) scopeCountyCode: string | null;
  @Field() @Column() fileName: string;
  @Field(() => ImportFormat) @Column({ type: 'text' }) format: ImportFormat;
  @Field(() => Int, { description: 'Bytes' }) @Column('int') fileSize: number;
  @Field({ description: 'Import the valid rows even when other rows have errors' }) @Column() validOnly: boolean;
  @Field(() => ImportStatus) @Column({ type: 'text' }) status: ImportStatus;
  @Field(() => Int, { nullable: true, description: 'Data rows in the file; an estimate while it is read, null until known' })
  @Column({ type: 'int', nullable: true }) totalRows: number | null;
  @Field(() => Int, { description: 'Data rows checked so far' }) @Column('int') processedRows: number;
  @Field(() => Int) @Column('int') createdCount: number;
  @Field(() => Int) @Column('int') updatedCount: number;
  @Field(() => Int) @Column('int') unchangedCount: number;
  @Field(() => Int, { description: 'Rows with at least one error (not written)' }) @Column('int') errorRows: number;
  /** The file-level outcome message (missing columns, rows with errors, a failure), rendered in the reader's language. */
  @Column({ type: 'text', nullable: true }) messageKey: string | null;
  @Column({ type: 'jsonb' }) messageParams: Record<string, string | number>;
  /** The header row as written, for the error report. */
  @Column('text', { array: true }) headers: string[];
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
  /** Moves with progress: a job still active whose row has not moved for long was cut off by a restart. */
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
