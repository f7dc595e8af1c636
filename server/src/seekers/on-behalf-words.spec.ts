// What the person is told when staff act for them: every on-behalf notice worded in both languages, with the
// office named as the federation's county or city office (worded at read time, in the reader's language).
import { describe, expect, it } from '@jest/globals';
import { hasMessage } from '../common/messages.js';
import { NotificationKind } from '../notifications/notification-kind.js';
import { notificationText } from '../notifications/notifications.service.js';

const county = { officeKey: 'onBehalf.office.county', officeZh: '罗山县', officeEn: 'Luoshan County', staff: '王某' };
const city = { officeKey: 'onBehalf.office.city', officeZh: '信阳市', officeEn: 'Xinyang', staff: '李某' };

describe('on-behalf notices', () => {
  it('have a title and a body in both languages for each kind', () => {
    for (const kind of [NotificationKind.APPLIED_ON_BEHALF, NotificationKind.REGISTERED_ON_BEHALF, NotificationKind.PROFILE_UPDATED_ON_BEHALF]) {
      expect(hasMessage(`notify.${kind}.title`) && hasMessage(`notify.${kind}.body`)).toBe(true);
    }
  });

  it('name the office and the staff member, and what was done', () => {
    const applied = { kind: NotificationKind.APPLIED_ON_BEHALF, params: { ...county, title: '盲人保健按摩师' } };
    expect(notificationText(applied, 'zh-CN').body).toBe('罗山县残联 王某 代您申请了「盲人保健按摩师」。您可以在“我的申请”中查看或撤回。');
    expect(notificationText(applied, 'en').body).toBe('Luoshan County DPF, 王某, applied for you to "盲人保健按摩师". You can see or withdraw it under My applications.');
    const profile = { kind: NotificationKind.PROFILE_UPDATED_ON_BEHALF, params: city };
    expect(notificationText(profile, 'zh-CN').body).toBe('信阳市残联 李某 代您修改了求职档案。请在“我的档案”中核对。');
    expect(notificationText(profile, 'en').title).toBe('Federation staff updated your profile');
  });

  it('say whether the person got a place or where they are on the waiting list', () => {
    const params = { ...county, title: '专场招聘会', startsAt: '2026-05-17T01:00:00.000Z', position: 3, outcomeKey: 'onBehalf.outcome.waitlist' };
    const zh = notificationText({ kind: NotificationKind.REGISTERED_ON_BEHALF, params }, 'zh-CN').body;
    expect(zh).toBe('罗山县残联 王某 代您报名了「专场招聘会」（2026年5月17日 09:00）：名额已满，您排在候补第3位。');
    const en = notificationText({ kind: NotificationKind.REGISTERED_ON_BEHALF, params: { ...params, outcomeKey: 'onBehalf.outcome.seat' } }, 'en').body;
    expect(en).toMatch(/^Luoshan County DPF, 王某, registered you for "专场招聘会" \(May 17, 2026.*9:00.AM\): you have a place; show your ticket at the entrance\.$/);
  });
});
