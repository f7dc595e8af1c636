// The attendance figure of a course enrolment, derived from the register (plan （十）“加强培训质量考核”; （六）
// 对就业培训质量实行考核评估). Pure: the rule of docs/counting.md, "Training attendance", with its worked example in
// attendance.spec.ts.
//
// A session is held once staff record its register (a date within the course's dates, not in the future). The
// register of a date marks every person enrolled when it is saved, present or absent. For one person:
//   sessions held     = the registers they are on (marked present or absent), plus any count carried from before
//                       the register existed;
//   sessions attended = the registers marking them present, plus the carried attended count;
//   the figure        = attended / held, and as a percentage rounded half up to a whole number (none while held is 0).
// A person who enrolled after a session was recorded is not on its register, so it is not held for them; a person
// withdrawn keeps the marks of the registers they were on, and is on no later one.

export interface Mark { sessionDate: string; present: boolean }

export interface Carried { attended: number; held: number }

export interface Attendance {
  attended: number;
  held: number;
  /** attended / held as a whole percentage, rounded half up; null while no session is held for the person. */
  percent: number | null;
  /** The dates marked absent, earliest first. */
  absentOn: string[];
}

export function attendanceOf(marks: readonly Mark[], carried: Carried = { attended: 0, held: 0 }): Attendance {
  const attended = marks.filter((m) => m.present).length + carried.attended;
  const held = marks.length + carried.held;
  return {
    attended,
    held,
    percent: held === 0 ? null : Math.floor((attended * 100) / held + 0.5),
    absentOn: marks.filter((m) => !m.present).map((m) => m.sessionDate).sort(),
  };
}
