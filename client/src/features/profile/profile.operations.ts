// The seeker's own profile: read in full (their own data, unmasked fields except the certificate) and saved whole.
import { graphql } from '../../gql';

export const MY_PROFILE = graphql(`
  query MyProfileFull {
    myProfile {
      id name gender birthDate age countyCode residence phone certificateNumber category level education
      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms
      preferredCounties payMin employmentStatus consents priorityGroups updatedAt
    }
  }
`);

export const SAVE_PROFILE = graphql(`
  mutation SaveMyProfile($input: SeekerProfileInput!) {
    saveMyProfile(input: $input) {
      id name gender birthDate age countyCode residence phone certificateNumber category level education
      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms
      preferredCounties payMin employmentStatus consents priorityGroups updatedAt
    }
  }
`);

export const CATEGORY_DEFAULTS = graphql(`
  query CategoryDefaults($category: DisabilityCategory!) {
    categoryDefaults(category: $category) { cannotDo supportsMust supportsNice }
  }
`);
