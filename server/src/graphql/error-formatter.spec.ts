import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { ConflictError, ForbiddenError } from '../common/errors.js';
import { type Locale, requestStorage } from '../common/request-context.js';
import { formatError } from './error-formatter.js';

const inLocale = <T>(locale: Locale, fn: () => T): T => requestStorage.run({ requestId: 't', locale, queryCount: 0 }, fn);
const domain = (err: Error) => formatError({ message: err.message }, new GraphQLError(err.message, { originalError: err }));
const armor = (message: string, code: string) => formatError({ message, extensions: { code } }, new GraphQLError(message));

describe('illegal transitions name the statuses in words', () => {
  it.each([
    ['error.illegalTransition', 'SUBMITTED', 'HIRED', '申请不能从“已提交”变为“已录用”', 'An application cannot move from sent to hired'],
    ['error.illegalPostingTransition', 'DRAFT', 'CLOSED', '职位不能从“草稿”变为“已结束”', 'A position cannot move from draft to closed'],
    ['error.illegalEventTransition', 'CANCELLED', 'PUBLISHED', '招聘会不能从“已取消”变为“已发布”', 'An event cannot move from cancelled to published'],
    ['error.illegalBoothTransition', 'DECLINED', 'APPROVED', '展位不能从“未批准”变为“已批准”', 'A booth cannot move from declined to approved'],
  ])('%s %s → %s', (key, from, to, zh, en) => {
    const err = new ConflictError(key, { from, to });
    expect(inLocale('zh-CN', () => domain(err))).toMatchObject({ message: zh, extensions: { code: 'CONFLICT' } });
    expect(inLocale('en', () => domain(err))).toMatchObject({ message: en, extensions: { code: 'CONFLICT' } });
  });

  it('keeps a status it has no word for as it is', () => {
    expect(inLocale('zh-CN', () => domain(new ConflictError('error.illegalTransition', { from: 'LOST', to: 'HIRED' }))).message)
      .toBe('申请不能从“LOST”变为“已录用”');
  });
});

describe('role errors name the roles in words', () => {
  it('joins them with "or"', () => {
    const err = new ForbiddenError('error.forbiddenRole', { roles: 'STAFF / ADMIN' });
    expect(inLocale('zh-CN', () => domain(err))).toMatchObject({ message: '此操作仅限残联工作人员或管理员使用', extensions: { code: 'FORBIDDEN' } });
    expect(inLocale('en', () => domain(err)).message).toBe('Only federation staff or administrators can do this');
  });
});

describe('GraphQL limit errors are in the user\'s language and keep their code', () => {
  it.each([
    ['Syntax Error: Query depth limit of 10 exceeded, found 14.', 'GRAPHQL_VALIDATION_FAILED', 'depth', '查询嵌套层数过多（最多10层，实际14层），请简化查询', /nested too deeply \(at most 10 levels, found 14\)/],
    ['Syntax Error: Aliases limit of 15 exceeded, found 50.', 'GRAPHQL_VALIDATION_FAILED', 'aliases', '查询中的别名过多（最多15个，实际50个），请分开查询', /too many aliases \(at most 15, found 50\)/],
    ['Syntax Error: Token limit of 2000 exceeded.', 'GRAPHQL_PARSE_FAILED', 'tokens', '查询过长（最多2000个词元），请缩短查询', /too long \(at most 2000 tokens\)/],
    ['Syntax Error: Query Cost limit of 5000 exceeded, found 6123.5.', 'GRAPHQL_VALIDATION_FAILED', 'cost', '查询的数据量过大（上限5000，估算为6124），请减少字段或分页查询', /too much \(limit 5000, estimated 6124\)/],
  ])('%s', (message, code, limit, zh, en) => {
    expect(inLocale('zh-CN', () => armor(message, code))).toMatchObject({ message: zh, extensions: { code, limit } });
    const english = inLocale('en', () => armor(message, code));
    expect(english.message).toMatch(en);
    expect(english.extensions).toEqual({ code, limit });
  });
});
