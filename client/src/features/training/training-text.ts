// Words for the training enums and the attendance figure (messages in training.zh-CN.ts / training.en.ts; the template types make a
// missing message a compile error).
import type { CertificateKind, CourseKind, CourseMode, EnrolmentStatus, ProviderKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';

export const COURSE_KINDS: readonly CourseKind[] = ['EMPLOYMENT_SKILLS', 'SKILL_UPGRADE', 'ENTREPRENEURSHIP', 'BLIND_MASSAGE', 'RURAL_PRACTICAL', 'NEW_FORMS', 'CRAFTS'] as CourseKind[];
export const PROVIDER_KINDS: readonly ProviderKind[] = ['FEDERATION_BASE', 'VOCATIONAL_SCHOOL', 'ENTERPRISE', 'SOCIAL_ORG', 'OTHER'] as ProviderKind[];
export const CERTIFICATE_KINDS: readonly CertificateKind[] = ['VOCATIONAL', 'MASSAGE_HEALTH', 'MASSAGE_MEDICAL', 'OTHER'] as CertificateKind[];
export const COURSE_MODES: readonly CourseMode[] = ['ONSITE', 'ONLINE', 'HYBRID'] as CourseMode[];
export const ACCESS_FEATURES = ['stepFreeRoute', 'accessibleToilets', 'hearingLoop', 'tactilePaving'] as const;
export const DELIVERY_FEATURES = ['signLanguage', 'brailleMaterials', 'largePrint', 'captions'] as const;
export type AccessFeature = typeof ACCESS_FEATURES[number];
export type DeliveryFeature = typeof DELIVERY_FEATURES[number];

/** Today in China, YYYY-MM-DD: the course's dates and the register's are China dates. */
export const chinaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

export function useTrainingText() {
  const { t, formatDate } = useI18n();
  return {
    kind: (k: CourseKind) => t(`training.kind.${k}`),
    providerKind: (k: ProviderKind) => t(`training.providerKind.${k}`),
    mode: (m: CourseMode) => t(`training.mode.${m}`),
    certificate: (c: CertificateKind | null | undefined) => (c ? t(`training.cert.${c}`) : t('training.cert.none')),
    status: (s: EnrolmentStatus) => t(`training.status.${s}`),
    access: (f: AccessFeature) => t(`training.access.${f}`),
    delivery: (f: DeliveryFeature) => t(`training.delivery.${f}`),
    /** Sessions attended / sessions held, from the register (docs/counting.md). */
    attendance: (a: { attended: number; held: number; percent?: number | null }) => (a.held === 0
      ? t('training.attendance.none') : t('training.attendance.figure', { attended: a.attended, held: a.held, percent: a.percent ?? 0 })),
    /** The dates marked absent, or null when there are none. */
    absences: (a: { absentOn: readonly string[] }) => (a.absentOn.length
      ? t('training.attendance.absentOn', { dates: a.absentOn.map(formatDate).join(t('common.listSeparator')) }) : null),
  };
}
