import { describe, expect, it } from '@jest/globals';
import { checkWorkshop, splitWorkKinds } from './WorkshopEditorPage';

const draft = {
  kind: 'BEAUTIFUL_WORKSHOP', name: '淮滨县芦苇编织美丽工坊', countyCode: '411527', town: '栏杆街道', address: '', capacity: '20', supports: ['REMOTE_WORK'],
  accessibilityNote: '', workKinds: '芦苇编织、柳编, 柳编', homeBased: true, description: '', contactName: '周主任', contactPhone: '0376-7712345',
};

describe('the workshop form', () => {
  it('splits kinds of work on Chinese and Western commas, once each', () => {
    expect(splitWorkKinds('芦苇编织、柳编, 柳编，电商客服;')).toEqual(['芦苇编织', '柳编', '电商客服']);
  });

  it('gives the input the server takes', () => {
    expect(checkWorkshop(draft).input).toMatchObject({ capacity: 20, workKinds: ['芦苇编织', '柳编'], countyCode: '411527', homeBased: true });
  });

  it('names each problem', () => {
    const { problems, input } = checkWorkshop({ ...draft, kind: '', name: ' 工', countyCode: '', capacity: '-1', contactName: '', contactPhone: 'call me',
      workKinds: Array.from({ length: 11 }, (_, i) => `活${i}`).join('、') });
    expect(input).toBeNull();
    expect(problems).toEqual({ kind: 'workshops.err.kind', name: 'workshops.err.name', countyCode: 'workshops.err.county', capacity: 'workshops.err.capacity',
      workKinds: 'workshops.err.workKinds', contactName: 'workshops.err.contactName', contactPhone: 'workshops.err.contactPhone' });
    expect(checkWorkshop({ ...draft, capacity: '100001' }).problems.capacity).toBe('workshops.err.capacity');
  });
});
