// A seeker's saved search (words and filters) with how often they hear of new postings that match it, and the alerts
// sent for it (which postings each listed). The filter is kept as the search page sends it (PostingSearchFilter).
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DisabilityCategory, EmploymentForm, OrganizationType } from '../../common/domain.js';
import { JobDemand, WorkplaceSupport } from '../../vocabulary/codes.js';
import { Posting } from '../../postings/posting.entity.js';
import { MatchModel } from '../search.models.js';

export enum SavedSearchFrequency { DAILY = 'DAILY', INSTANT = 'INSTANT' }

/** The filters a saved search keeps (the search page's filters; a place radius and a start date are not kept). */
export interface SavedFilter {
  countyCodes?: string[];
  employmentForms?: EmploymentForm[];
  organizationTypes?: OrganizationType[];
  supportsAll?: WorkplaceSupport[];
  demandsNone?: JobDemand[];
  reservedOnly?: boolean;
  remoteOnly?: boolean;
  category?: DisabilityCategory;
  salaryAtLeast?: number;
}

@ObjectType('SavedSearchFilter', { description: '保存的搜索条件' })
export class SavedSearchFilterModel {
  @Field(() => [String]) countyCodes: string[];
  @Field(() => [EmploymentForm]) employmentForms: EmploymentForm[];
  @Field(() => [OrganizationType]) organizationTypes: OrganizationType[];
  @Field(() => [WorkplaceSupport]) supportsAll: WorkplaceSupport[];
  @Field(() => [JobDemand]) demandsNone: JobDemand[];
  @Field() reservedOnly: boolean;
  @Field() remoteOnly: boolean;
  @Field(() => DisabilityCategory, { nullable: true }) category: DisabilityCategory | null;
  @Field(() => Int, { nullable: true }) salaryAtLeast: number | null;
}

@ObjectType({ description: '保存的搜索' })
@Entity('saved_search')
export class SavedSearch {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Field() @Column({ type: 'text' }) name: string;
  @Field({ description: 'The words searched for (empty: filters only)' }) @Column({ type: 'text' }) query: string;
  @Column({ type: 'jsonb' }) filter: SavedFilter;
  @Field(() => SavedSearchFrequency) @Column({ type: 'text' }) frequency: SavedSearchFrequency;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  /** Postings published up to here have been looked at (the alert runner's cursor). */
  @Column({ type: 'timestamptz' }) checkedUntil: Date;
  @Field(() => Date, { nullable: true, description: 'When the last alert for this search was sent' })
  @Column({ type: 'timestamptz', nullable: true }) lastAlertedAt: Date | null;
}

@Entity('saved_search_alert')
export class SavedSearchAlert {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') savedSearchId: string;
  @Column('uuid') userId: string;
  @Column({ type: 'text' }) frequency: SavedSearchFrequency;
  @Column('uuid', { array: true }) postingIds: string[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@ObjectType({ description: '提醒里的一个职位，以及它为什么适合您' })
export class SavedSearchAlertItem {
  @Field(() => Posting) posting: Posting;
  @Field(() => MatchModel, { nullable: true, description: 'Why it fits (when the seeker consented to job matching)' }) match: MatchModel | null;
}

@ObjectType('SavedSearchAlert', { description: '一次提醒：发送时间和列出的职位' })
export class SavedSearchAlertModel {
  @Field(() => ID) id: string;
  @Field() createdAt: Date;
  @Field(() => SavedSearchFrequency) frequency: SavedSearchFrequency;
  @Field(() => Int, { description: 'How many postings the alert listed' }) count: number;
  @Field(() => [SavedSearchAlertItem], { description: 'The listed postings still published, with why each fits' }) items: SavedSearchAlertItem[];
}
