// The two indexes (published postings; seekers who consented to be found) and how a row becomes a document.
// Pure: the SQL that feeds these lives in sources.ts.
import {
  DisabilityCategory, Education, EDUCATION_RANK, EmploymentForm, EmploymentStatus, OrganizationType,
} from '../common/domain.js';
import { JobDemand, WorkplaceSupport } from '../vocabulary/codes.js';
import { isRemote } from '../vocabulary/rules.js';
import type { IndexSchema, SearchDocument } from './search-engine.js';

/** Stands for "every category" in a posting's categories (an empty suitable-categories list). */
export const ANY_CATEGORY = 'ALL';

const values = (e: object) => Object.values(e) as string[];

export const POSTINGS_INDEX: IndexSchema = {
  name: 'postings',
  text: {
    title: { sources: ['title', 'skills'], boost: 3 },
    text: { sources: ['countyName', 'organizationName', 'address', 'description'], boost: 1 },
  },
  fields: {
    countyCode: { kind: 'keyword', facet: true },
    employmentForm: { kind: 'keyword', values: values(EmploymentForm), facet: true },
    organizationType: { kind: 'keyword', values: values(OrganizationType), facet: true },
    organizationId: { kind: 'keyword' },
    supports: { kind: 'keywords', values: values(WorkplaceSupport), facet: true },
    demands: { kind: 'keywords', values: values(JobDemand), facet: true },
    categories: { kind: 'keywords', values: [...values(DisabilityCategory), ANY_CATEGORY] },
    skills: { kind: 'keywords' },
    reserved: { kind: 'boolean', facet: true },
    remote: { kind: 'boolean', facet: true },
    salary: { kind: 'number', sortable: true },
    educationRank: { kind: 'number' },
    openingsLeft: { kind: 'number' },
    publishedAt: { kind: 'date', sortable: true },
    deadline: { kind: 'date', sortable: true },
    location: { kind: 'geo' },
    version: { kind: 'number' },
    digest: { kind: 'keyword' },
  },
  pinyinSources: ['title'],
  wordSources: ['title', 'skills'],
  placeSources: ['address', 'organizationName'],
};

export const SEEKERS_INDEX: IndexSchema = {
  name: 'seekers',
  text: {
    skills: { sources: ['skills'], boost: 2 },
    text: { sources: ['experience'], boost: 1 },
  },
  fields: {
    countyCode: { kind: 'keyword', facet: true },
    preferredCounties: { kind: 'keywords' },
    preferredForms: { kind: 'keywords', values: values(EmploymentForm) },
    category: { kind: 'keyword', values: values(DisabilityCategory), facet: true },
    cannotDo: { kind: 'keywords', values: values(JobDemand) },
    supportsMust: { kind: 'keywords', values: values(WorkplaceSupport) },
    skills: { kind: 'keywords' },
    educationRank: { kind: 'number' },
    employmentStatus: { kind: 'keyword', values: values(EmploymentStatus), facet: true },
    location: { kind: 'geo' },
    updatedAt: { kind: 'date', sortable: true },
    digest: { kind: 'keyword' },
  },
  pinyinSources: [],
  wordSources: ['skills'],
};

export interface CountyPlace { nameZh: string; latitude: number; longitude: number }

/** 罗山县 → 罗山, so that "罗山按摩" finds the county; two-character names (新县, 息县) stay as they are. */
export function shortCountyName(name: string): string {
  return name.length > 2 && /[县区市]$/.test(name) ? name.slice(0, -1) : name;
}

export interface PostingSource {
  id: string; title: string; description: string; skills: string[]; countyCode: string; address: string;
  latitude: number | null; longitude: number | null; employmentForm: EmploymentForm; openings: number; hiredCount: number;
  salaryMin: number | null; salaryMax: number | null; educationRequired: Education; reserved: boolean;
  demands: JobDemand[]; supports: WorkplaceSupport[]; suitableCategories: DisabilityCategory[];
  deadline: string | null; publishedAt: Date | string | null; version: number;
  organizationId: string; organizationName: string; organizationType: OrganizationType;
}

const ms = (d: Date | string | null): number | null => (d == null ? null : new Date(d).getTime());

export function postingDocument(p: PostingSource, county: CountyPlace | undefined): SearchDocument {
  const lat = p.latitude ?? county?.latitude ?? null;
  const lng = p.longitude ?? county?.longitude ?? null;
  return {
    id: p.id,
    title: p.title,
    skills: p.skills,
    countyName: county ? `${county.nameZh} ${shortCountyName(county.nameZh)}` : '',
    organizationName: p.organizationName,
    address: p.address,
    description: p.description,
    countyCode: p.countyCode,
    employmentForm: p.employmentForm,
    organizationType: p.organizationType,
    organizationId: p.organizationId,
    supports: p.supports,
    demands: p.demands,
    categories: p.suitableCategories.length ? p.suitableCategories : [ANY_CATEGORY],
    reserved: p.reserved,
    remote: isRemote(p),
    salary: p.salaryMax ?? p.salaryMin,
    educationRank: EDUCATION_RANK[p.educationRequired] ?? 0,
    openingsLeft: Math.max(0, p.openings - p.hiredCount),
    publishedAt: ms(p.publishedAt),
    deadline: p.deadline ? Date.parse(`${p.deadline}T23:59:59.999+08:00`) : null,
    location: lat != null && lng != null ? { lat, lng } : null,
    version: p.version,
  };
}

export interface SeekerSource {
  id: string; countyCode: string; skills: string[]; experience: string; category: DisabilityCategory | null;
  cannotDo: JobDemand[]; supportsMust: WorkplaceSupport[]; preferredForms: EmploymentForm[]; preferredCounties: string[];
  education: Education; employmentStatus: EmploymentStatus; updatedAt: Date | string;
}

export function seekerDocument(s: SeekerSource, county: CountyPlace | undefined): SearchDocument {
  return {
    id: s.id,
    skills: s.skills,
    experience: s.experience,
    countyCode: s.countyCode,
    preferredCounties: s.preferredCounties,
    preferredForms: s.preferredForms,
    category: s.category,
    cannotDo: s.cannotDo,
    supportsMust: s.supportsMust,
    educationRank: EDUCATION_RANK[s.education] ?? 0,
    employmentStatus: s.employmentStatus,
    location: county ? { lat: county.latitude, lng: county.longitude } : null,
    updatedAt: ms(s.updatedAt),
  };
}
