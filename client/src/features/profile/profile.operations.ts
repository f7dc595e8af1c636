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

/** Staff: the profile of a person who lets them act for them, read and saved the same way (consents read only). */
export const ON_BEHALF_PROFILE = graphql(`
  query OnBehalfProfile($id: ID!) {
    seeker(id: $id) {
      id name gender birthDate age countyCode residence phone certificateNumber category level education
      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms
      preferredCounties payMin employmentStatus consents priorityGroups updatedAt
    }
  }
`);

export const UPDATE_PROFILE_ON_BEHALF = graphql(`
  mutation UpdateProfileOnBehalf($seekerId: ID!, $input: SeekerProfileInput!) {
    updateProfileOnBehalf(seekerId: $seekerId, input: $input) { id name updatedAt }
  }
`);
