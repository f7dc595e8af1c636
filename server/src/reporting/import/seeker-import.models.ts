// Shapes of the import that are not rows of their own: one problem of a row, and the pages.
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../common/pagination.js';
import { SeekerImport } from './seeker-import.entity.js';

@ObjectType('SeekerImportProblem', { description: '导入文件中一行的一个错误' })
export class SeekerImportProblemModel {
  @Field(() => Int, { description: 'Row number as the spreadsheet shows it (the header row counts)' }) rowNumber: number;
  @Field({ description: 'The column\'s header as written in the file' }) column: string;
  @Field({ description: 'What is wrong, in the reader\'s language' }) message: string;
}

export const SeekerImportProblemPage = Paginated(SeekerImportProblemModel, 'SeekerImportProblemPage');
export const SeekerImportPage = Paginated(SeekerImport, 'SeekerImportPage');
