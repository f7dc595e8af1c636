// Loaders of the interviews feature (see graphql/loaders.ts).
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { groupBy, registerLoaders } from '../graphql/loaders.js';
import { Interview, InterviewAccommodationItem, ServiceRequest } from './interview.entity.js';

declare module '../graphql/loaders.js' {
  interface Loaders {
    applicationInterviews: DataLoader<string, Interview[]>;
    interviewAccommodations: DataLoader<string, InterviewAccommodationItem[]>;
    interviewServiceRequests: DataLoader<string, ServiceRequest[]>;
  }
}

registerLoaders(({ ds }) => ({
  applicationInterviews: new DataLoader<string, Interview[]>(async (ids) => {
    const rows = await ds.getRepository(Interview).find({ where: { applicationId: In([...ids]) }, order: { createdAt: 'DESC', id: 'ASC' } });
    const m = groupBy(rows, (r) => r.applicationId);
    return ids.map((id) => m.get(id) ?? []);
  }),
  interviewAccommodations: new DataLoader<string, InterviewAccommodationItem[]>(async (ids) => {
    const rows = await ds.getRepository(InterviewAccommodationItem).find({ where: { interviewId: In([...ids]) }, order: { accommodation: 'ASC' } });
    const m = groupBy(rows, (r) => r.interviewId);
    return ids.map((id) => m.get(id) ?? []);
  }),
  interviewServiceRequests: new DataLoader<string, ServiceRequest[]>(async (ids) => {
    const rows = await ds.getRepository(ServiceRequest).find({ where: { interviewId: In([...ids]) }, order: { createdAt: 'ASC' } });
    const m = groupBy(rows, (r) => r.interviewId!);
    return ids.map((id) => m.get(id) ?? []);
  }),
}));
