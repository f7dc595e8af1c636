// GENERATED from server/src/vocabulary by `npm run schema`: do not edit. The words for job demands and
// workplace supports, the forms of employment and the levels of education in both languages, and which support
// removes which demand.
import type { Education, EmploymentForm, JobDemand, WorkplaceSupport } from './graphql';

export interface VocabularyTerms {
  locale: 'zh-CN' | 'en';
  demands: ReadonlyArray<{ code: JobDemand; label: string; easyRead: string; removedBy: readonly WorkplaceSupport[] }>;
  supports: ReadonlyArray<{ code: WorkplaceSupport; label: string; easyRead: string }>;
  employmentForms: ReadonlyArray<{ code: EmploymentForm; label: string; phrase: string }>;
  educations: ReadonlyArray<{ code: Education; label: string; phrase: string }>;
}

export const VOCABULARY: Readonly<Record<'zh-CN' | 'en', VocabularyTerms>> = {
  "zh-CN": {
    "locale": "zh-CN",
    "demands": [
      {
        "code": "PROLONGED_STANDING",
        "label": "长时间站立",
        "easyRead": "要站很久",
        "removedBy": [
          "ADJUSTABLE_WORKSTATION",
          "ASSISTIVE_DEVICES"
        ]
      },
      {
        "code": "WALKING",
        "label": "经常走动",
        "easyRead": "要走很多路",
        "removedBy": [
          "REMOTE_WORK",
          "STEP_FREE_ACCESS",
          "ELEVATOR",
          "ASSISTIVE_DEVICES"
        ]
      },
      {
        "code": "LIFTING",
        "label": "搬运重物",
        "easyRead": "要搬东西",
        "removedBy": [
          "ASSISTIVE_DEVICES"
        ]
      },
      {
        "code": "FINE_MOTOR",
        "label": "精细手部操作",
        "easyRead": "要做细致的手工",
        "removedBy": [
          "ASSISTIVE_DEVICES",
          "ADJUSTABLE_WORKSTATION"
        ]
      },
      {
        "code": "VOICE_CALLS",
        "label": "打电话",
        "easyRead": "要打电话",
        "removedBy": [
          "TEXT_COMMUNICATION",
          "SIGN_LANGUAGE"
        ]
      },
      {
        "code": "HEARING_ALARMS",
        "label": "听辨警报声",
        "easyRead": "要听警报声",
        "removedBy": [
          "ASSISTIVE_DEVICES"
        ]
      },
      {
        "code": "READING_PRINT",
        "label": "阅读纸质材料",
        "easyRead": "要看纸质文字",
        "removedBy": [
          "SCREEN_READER",
          "BRAILLE",
          "SCREEN_MAGNIFIER"
        ]
      },
      {
        "code": "VISUAL_DETAIL",
        "label": "看清细小物件",
        "easyRead": "要看清小东西",
        "removedBy": [
          "SCREEN_MAGNIFIER",
          "ASSISTIVE_DEVICES"
        ]
      },
      {
        "code": "DRIVING",
        "label": "驾驶车辆",
        "easyRead": "要开车",
        "removedBy": [
          "ACCESSIBLE_TRANSPORT",
          "REMOTE_WORK"
        ]
      },
      {
        "code": "NIGHT_SHIFTS",
        "label": "上夜班",
        "easyRead": "要上夜班",
        "removedBy": [
          "FLEXIBLE_HOURS"
        ]
      },
      {
        "code": "TRAVEL",
        "label": "出差",
        "easyRead": "要出差",
        "removedBy": [
          "REMOTE_WORK",
          "ACCESSIBLE_TRANSPORT"
        ]
      },
      {
        "code": "FAST_PACE",
        "label": "快节奏工作",
        "easyRead": "工作节奏快",
        "removedBy": [
          "FLEXIBLE_HOURS",
          "JOB_COACH"
        ]
      },
      {
        "code": "CUSTOMER_FACING",
        "label": "接待顾客",
        "easyRead": "要接待客人",
        "removedBy": [
          "JOB_COACH",
          "SIGN_LANGUAGE",
          "TEXT_COMMUNICATION"
        ]
      }
    ],
    "supports": [
      {
        "code": "STEP_FREE_ACCESS",
        "label": "无障碍通道",
        "easyRead": "没有台阶"
      },
      {
        "code": "ELEVATOR",
        "label": "电梯",
        "easyRead": "有电梯"
      },
      {
        "code": "ACCESSIBLE_TOILET",
        "label": "无障碍卫生间",
        "easyRead": "有无障碍厕所"
      },
      {
        "code": "ADJUSTABLE_WORKSTATION",
        "label": "可调节的桌椅",
        "easyRead": "桌椅可以调节"
      },
      {
        "code": "SCREEN_READER",
        "label": "读屏软件",
        "easyRead": "电脑有读屏软件"
      },
      {
        "code": "SCREEN_MAGNIFIER",
        "label": "屏幕放大软件",
        "easyRead": "电脑可以放大字"
      },
      {
        "code": "BRAILLE",
        "label": "盲文材料",
        "easyRead": "有盲文材料"
      },
      {
        "code": "SIGN_LANGUAGE",
        "label": "手语沟通",
        "easyRead": "有人会手语"
      },
      {
        "code": "CAPTIONING",
        "label": "会议字幕",
        "easyRead": "开会有字幕"
      },
      {
        "code": "TEXT_COMMUNICATION",
        "label": "文字沟通",
        "easyRead": "可以用文字沟通"
      },
      {
        "code": "WRITTEN_INSTRUCTIONS",
        "label": "书面工作指引",
        "easyRead": "工作要求写成文字"
      },
      {
        "code": "FLEXIBLE_HOURS",
        "label": "弹性工作时间",
        "easyRead": "上班时间可以商量"
      },
      {
        "code": "REMOTE_WORK",
        "label": "远程办公",
        "easyRead": "可以在家工作"
      },
      {
        "code": "QUIET_SPACE",
        "label": "安静的工作区",
        "easyRead": "有安静的地方"
      },
      {
        "code": "JOB_COACH",
        "label": "就业辅导员",
        "easyRead": "有就业辅导员帮你"
      },
      {
        "code": "ACCESSIBLE_TRANSPORT",
        "label": "无障碍接送",
        "easyRead": "有无障碍接送"
      },
      {
        "code": "ACCESSIBLE_DORMITORY",
        "label": "无障碍宿舍",
        "easyRead": "有无障碍宿舍"
      },
      {
        "code": "ASSISTIVE_DEVICES",
        "label": "辅助器具",
        "easyRead": "提供辅助器具"
      }
    ],
    "employmentForms": [
      {
        "code": "FULL_TIME",
        "label": "全职",
        "phrase": "全职"
      },
      {
        "code": "PART_TIME",
        "label": "兼职",
        "phrase": "兼职"
      },
      {
        "code": "FLEXIBLE",
        "label": "灵活就业",
        "phrase": "灵活就业"
      },
      {
        "code": "HOME_BASED",
        "label": "居家就业",
        "phrase": "居家就业"
      },
      {
        "code": "AUXILIARY",
        "label": "辅助性就业",
        "phrase": "辅助性就业"
      },
      {
        "code": "PUBLIC_WELFARE",
        "label": "公益性岗位",
        "phrase": "公益性岗位"
      }
    ],
    "educations": [
      {
        "code": "NONE",
        "label": "未上学",
        "phrase": "不限"
      },
      {
        "code": "PRIMARY",
        "label": "小学",
        "phrase": "小学"
      },
      {
        "code": "JUNIOR_HIGH",
        "label": "初中",
        "phrase": "初中"
      },
      {
        "code": "SENIOR_HIGH",
        "label": "高中",
        "phrase": "高中"
      },
      {
        "code": "VOCATIONAL",
        "label": "中专或技校",
        "phrase": "中专或技校"
      },
      {
        "code": "JUNIOR_COLLEGE",
        "label": "大专",
        "phrase": "大专"
      },
      {
        "code": "BACHELOR",
        "label": "本科",
        "phrase": "本科"
      },
      {
        "code": "MASTER",
        "label": "研究生",
        "phrase": "研究生"
      }
    ]
  },
  "en": {
    "locale": "en",
    "demands": [
      {
        "code": "PROLONGED_STANDING",
        "label": "Standing for long periods",
        "easyRead": "stand for a long time",
        "removedBy": [
          "ADJUSTABLE_WORKSTATION",
          "ASSISTIVE_DEVICES"
        ]
      },
      {
        "code": "WALKING",
        "label": "Walking a lot",
        "easyRead": "walk a lot",
        "removedBy": [
          "REMOTE_WORK",
          "STEP_FREE_ACCESS",
          "ELEVATOR",
          "ASSISTIVE_DEVICES"
        ]
      },
      {
        "code": "LIFTING",
        "label": "Lifting heavy things",
        "easyRead": "carry things",
        "removedBy": [
          "ASSISTIVE_DEVICES"
        ]
      },
      {
        "code": "FINE_MOTOR",
        "label": "Fine hand work",
        "easyRead": "do careful hand work",
        "removedBy": [
          "ASSISTIVE_DEVICES",
          "ADJUSTABLE_WORKSTATION"
        ]
      },
      {
        "code": "VOICE_CALLS",
        "label": "Phone calls",
        "easyRead": "make phone calls",
        "removedBy": [
          "TEXT_COMMUNICATION",
          "SIGN_LANGUAGE"
        ]
      },
      {
        "code": "HEARING_ALARMS",
        "label": "Hearing alarms",
        "easyRead": "hear alarms",
        "removedBy": [
          "ASSISTIVE_DEVICES"
        ]
      },
      {
        "code": "READING_PRINT",
        "label": "Reading printed text",
        "easyRead": "read printed text",
        "removedBy": [
          "SCREEN_READER",
          "BRAILLE",
          "SCREEN_MAGNIFIER"
        ]
      },
      {
        "code": "VISUAL_DETAIL",
        "label": "Seeing fine detail",
        "easyRead": "see small things",
        "removedBy": [
          "SCREEN_MAGNIFIER",
          "ASSISTIVE_DEVICES"
        ]
      },
      {
        "code": "DRIVING",
        "label": "Driving",
        "easyRead": "drive",
        "removedBy": [
          "ACCESSIBLE_TRANSPORT",
          "REMOTE_WORK"
        ]
      },
      {
        "code": "NIGHT_SHIFTS",
        "label": "Night shifts",
        "easyRead": "work at night",
        "removedBy": [
          "FLEXIBLE_HOURS"
        ]
      },
      {
        "code": "TRAVEL",
        "label": "Travel for work",
        "easyRead": "travel",
        "removedBy": [
          "REMOTE_WORK",
          "ACCESSIBLE_TRANSPORT"
        ]
      },
      {
        "code": "FAST_PACE",
        "label": "Fast-paced work",
        "easyRead": "work fast",
        "removedBy": [
          "FLEXIBLE_HOURS",
          "JOB_COACH"
        ]
      },
      {
        "code": "CUSTOMER_FACING",
        "label": "Meeting customers",
        "easyRead": "meet customers",
        "removedBy": [
          "JOB_COACH",
          "SIGN_LANGUAGE",
          "TEXT_COMMUNICATION"
        ]
      }
    ],
    "supports": [
      {
        "code": "STEP_FREE_ACCESS",
        "label": "Step-free access",
        "easyRead": "no steps"
      },
      {
        "code": "ELEVATOR",
        "label": "Lift",
        "easyRead": "a lift"
      },
      {
        "code": "ACCESSIBLE_TOILET",
        "label": "Accessible toilet",
        "easyRead": "an accessible toilet"
      },
      {
        "code": "ADJUSTABLE_WORKSTATION",
        "label": "Adjustable desk and chair",
        "easyRead": "a desk you can adjust"
      },
      {
        "code": "SCREEN_READER",
        "label": "Screen reader",
        "easyRead": "a screen reader"
      },
      {
        "code": "SCREEN_MAGNIFIER",
        "label": "Screen magnifier",
        "easyRead": "screen magnifying"
      },
      {
        "code": "BRAILLE",
        "label": "Braille materials",
        "easyRead": "Braille papers"
      },
      {
        "code": "SIGN_LANGUAGE",
        "label": "Sign language",
        "easyRead": "sign language"
      },
      {
        "code": "CAPTIONING",
        "label": "Captions in meetings",
        "easyRead": "captions in meetings"
      },
      {
        "code": "TEXT_COMMUNICATION",
        "label": "Text communication",
        "easyRead": "talking by text"
      },
      {
        "code": "WRITTEN_INSTRUCTIONS",
        "label": "Written instructions",
        "easyRead": "written instructions"
      },
      {
        "code": "FLEXIBLE_HOURS",
        "label": "Flexible hours",
        "easyRead": "flexible hours"
      },
      {
        "code": "REMOTE_WORK",
        "label": "Remote work",
        "easyRead": "working from home"
      },
      {
        "code": "QUIET_SPACE",
        "label": "Quiet place to work",
        "easyRead": "a quiet room"
      },
      {
        "code": "JOB_COACH",
        "label": "Job coach",
        "easyRead": "a job coach to help you"
      },
      {
        "code": "ACCESSIBLE_TRANSPORT",
        "label": "Accessible transport",
        "easyRead": "accessible transport"
      },
      {
        "code": "ACCESSIBLE_DORMITORY",
        "label": "Accessible dormitory",
        "easyRead": "an accessible dormitory"
      },
      {
        "code": "ASSISTIVE_DEVICES",
        "label": "Assistive devices",
        "easyRead": "assistive devices"
      }
    ],
    "employmentForms": [
      {
        "code": "FULL_TIME",
        "label": "Full time",
        "phrase": "full-time"
      },
      {
        "code": "PART_TIME",
        "label": "Part time",
        "phrase": "part-time"
      },
      {
        "code": "FLEXIBLE",
        "label": "Flexible work",
        "phrase": "flexible work"
      },
      {
        "code": "HOME_BASED",
        "label": "Work from home",
        "phrase": "home-based work"
      },
      {
        "code": "AUXILIARY",
        "label": "Assisted employment",
        "phrase": "assisted employment"
      },
      {
        "code": "PUBLIC_WELFARE",
        "label": "Public-welfare post",
        "phrase": "a public-welfare post"
      }
    ],
    "educations": [
      {
        "code": "NONE",
        "label": "No schooling",
        "phrase": "no schooling"
      },
      {
        "code": "PRIMARY",
        "label": "Primary school",
        "phrase": "primary school"
      },
      {
        "code": "JUNIOR_HIGH",
        "label": "Junior high school",
        "phrase": "junior high school"
      },
      {
        "code": "SENIOR_HIGH",
        "label": "Senior high school",
        "phrase": "senior high school"
      },
      {
        "code": "VOCATIONAL",
        "label": "Vocational school",
        "phrase": "vocational school"
      },
      {
        "code": "JUNIOR_COLLEGE",
        "label": "Junior college",
        "phrase": "a junior college degree"
      },
      {
        "code": "BACHELOR",
        "label": "Bachelor’s degree",
        "phrase": "a bachelor’s degree"
      },
      {
        "code": "MASTER",
        "label": "Master’s degree or higher",
        "phrase": "a master’s degree or higher"
      }
    ]
  }
};
