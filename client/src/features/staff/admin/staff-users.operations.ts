// Operations of the administrator's staff-account screen.
import { graphql } from '../../../gql';

export const STAFF_USERS = graphql(`
  query StaffUsers($filter: StaffUserFilter, $page: PageInput) {
    staffUsers(filter: $filter, page: $page) {
      total page pageSize
      items { id displayName phone role scopeCountyCode disabledAt }
    }
  }
`);

export const CREATE_STAFF_USER = graphql(`
  mutation CreateStaffUser($input: CreateStaffInput!) {
    createStaffUser(input: $input) { id displayName oneTimePassword }
  }
`);

export const UPDATE_STAFF_USER = graphql(`
  mutation UpdateStaffUser($userId: ID!, $input: UpdateStaffUserInput!) {
    updateStaffUser(userId: $userId, input: $input) { id displayName scopeCountyCode }
  }
`);

export const DISABLE_STAFF_USER = graphql(`
  mutation DisableStaffUser($userId: ID!) { disableStaffUser(userId: $userId) { id disabledAt } }
`);

export const ENABLE_STAFF_USER = graphql(`
  mutation EnableStaffUser($userId: ID!) { enableStaffUser(userId: $userId) { id disabledAt } }
`);
