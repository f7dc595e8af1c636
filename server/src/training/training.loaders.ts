// Loaders of the training feature (see graphql/loaders.ts).
import DataLoader from 'dataloader';
import { byId, registerLoaders } from '../graphql/loaders.js';
import { TrainingCourse } from './course.entity.js';
import { TrainingProvider } from './provider.entity.js';
import { attendanceFigures, certificatesOf, coursesTeaching } from './training.queries.js';
import type { AttendanceFigure, TrainingCertificate } from './training.models.js';

declare module '../graphql/loaders.js' {
  interface Loaders {
    course: DataLoader<string, TrainingCourse | null>;
    trainingProvider: DataLoader<string, TrainingProvider | null>;
    /** Courses taking enrolments that teach a skill (a match's suggested courses). */
    coursesTeaching: DataLoader<string, TrainingCourse[]>;
    /** A person's completed courses, with certificate numbers: resolvers strip them for readers who may not see them. */
    trainingCertificates: DataLoader<string, TrainingCertificate[]>;
    /** An enrolment's attendance figure, derived from the register. */
    enrolmentAttendance: DataLoader<string, AttendanceFigure>;
  }
}

registerLoaders(({ ds }) => ({
  course: byId(ds, TrainingCourse),
  trainingProvider: byId(ds, TrainingProvider),
  coursesTeaching: new DataLoader<string, TrainingCourse[]>(async (skills) => {
    const m = await coursesTeaching(ds, skills);
    return skills.map((s) => m.get(s) ?? []);
  }),
  trainingCertificates: new DataLoader<string, TrainingCertificate[]>(async (ids) => {
    const m = await certificatesOf(ds, ids, true);
    return ids.map((id) => m.get(id) ?? []);
  }),
  enrolmentAttendance: new DataLoader<string, AttendanceFigure>(async (ids) => {
    const m = await attendanceFigures(ds, ids);
    return ids.map((id) => m.get(id) ?? new Error(`enrolment ${id}`));
  }),
}));
