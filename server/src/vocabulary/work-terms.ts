// The words for the forms of employment and the levels of education, in both languages and two registers: the label
// (lists, forms, cards) and the phrase a sentence uses (match reasons: "asks for a bachelor's degree"). Screens get
// them through the vocabulary (the `vocabulary` query and the generated client file); nothing else names them.
import { Education, EmploymentForm } from '../common/domain.js';
import type { VocabularyLocale } from './codes.js';

interface Term { label: string; phrase: string }
type Table<C extends string> = Readonly<Record<C, Readonly<Record<VocabularyLocale, Term>>>>;

const t = (label: string, phrase = label): Term => ({ label, phrase });

export const EMPLOYMENT_FORMS: readonly EmploymentForm[] = Object.values(EmploymentForm);
export const EDUCATIONS: readonly Education[] = Object.values(Education);

export const FORM_WORDS: Table<EmploymentForm> = {
  FULL_TIME: { 'zh-CN': t('全职'), en: t('Full time', 'full-time') },
  PART_TIME: { 'zh-CN': t('兼职'), en: t('Part time', 'part-time') },
  FLEXIBLE: { 'zh-CN': t('灵活就业'), en: t('Flexible work', 'flexible work') },
  HOME_BASED: { 'zh-CN': t('居家就业'), en: t('Work from home', 'home-based work') },
  AUXILIARY: { 'zh-CN': t('辅助性就业'), en: t('Assisted employment', 'assisted employment') },
  PUBLIC_WELFARE: { 'zh-CN': t('公益性岗位'), en: t('Public-welfare post', 'a public-welfare post') },
};

/** A person's highest education, or what a job asks for (NONE: no schooling; a job asking NONE asks for none). */
export const EDUCATION_WORDS: Table<Education> = {
  NONE: { 'zh-CN': t('未上学', '不限'), en: t('No schooling', 'no schooling') },
  PRIMARY: { 'zh-CN': t('小学'), en: t('Primary school', 'primary school') },
  JUNIOR_HIGH: { 'zh-CN': t('初中'), en: t('Junior high school', 'junior high school') },
  SENIOR_HIGH: { 'zh-CN': t('高中'), en: t('Senior high school', 'senior high school') },
  VOCATIONAL: { 'zh-CN': t('中专或技校'), en: t('Vocational school', 'vocational school') },
  JUNIOR_COLLEGE: { 'zh-CN': t('大专'), en: t('Junior college', 'a junior college degree') },
  BACHELOR: { 'zh-CN': t('本科'), en: t('Bachelor’s degree', 'a bachelor’s degree') },
  MASTER: { 'zh-CN': t('研究生'), en: t('Master’s degree or higher', 'a master’s degree or higher') },
};

export const formLabel = (f: EmploymentForm, l: VocabularyLocale): string => FORM_WORDS[f][l].label;
export const formPhrase = (f: EmploymentForm, l: VocabularyLocale): string => FORM_WORDS[f][l].phrase;
export const educationLabel = (e: Education, l: VocabularyLocale): string => EDUCATION_WORDS[e][l].label;
export const educationPhrase = (e: Education, l: VocabularyLocale): string => EDUCATION_WORDS[e][l].phrase;
