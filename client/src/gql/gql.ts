/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignOut { signOut }\n": typeof types.SignOutDocument,
    "\n  mutation UpdateMyLocale($input: UpdateMeInput!) { updateMe(input: $input) { id locale } }\n": typeof types.UpdateMyLocaleDocument,
    "\n  query Counties { counties { code nameZh nameEn } }\n": typeof types.CountiesDocument,
    "\n  fragment MatchFields on MatchModel {\n    score eligible\n    reasons { code text }\n    gaps { code text blocking closedBy subsidy }\n  }\n": typeof types.MatchFieldsFragmentDoc,
    "\n  fragment PostingCardFields on Posting {\n    id title reserved employmentForm salaryMin salaryMax openingsLeft deadline supports\n    county { code nameZh nameEn }\n    organization { id name type }\n  }\n": typeof types.PostingCardFieldsFragmentDoc,
    "\n  query Me {\n    me { id displayName role locale phone email }\n  }\n": typeof types.MeDocument,
    "\n  query ApplyContext($id: ID!) {\n    posting(id: $id) { id title status openingsLeft organization { id name } myApplication { id status } }\n    myProfile { id name }\n  }\n": typeof types.ApplyContextDocument,
    "\n  mutation ApplyToPosting($input: ApplyInput!) {\n    applyToPosting(input: $input) { id status posting { id myApplication { id status } } }\n  }\n": typeof types.ApplyToPostingDocument,
    "\n  query MyApplications($page: PageInput) {\n    myApplications(page: $page) {\n      total page pageSize\n      items {\n        id status createdAt updatedAt note accommodations accommodationNote rejectionReason\n        posting { id title organization { id name } county { code nameZh nameEn } }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n": typeof types.MyApplicationsDocument,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) { id status updatedAt history { id fromStatus toStatus reason createdAt } }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { user { id role displayName } }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id role displayName } }\n  }\n": typeof types.SignUpDocument,
    "\n  query PostingApplicants($postingId: ID!, $status: ApplicationStatus, $page: PageInput) {\n    posting(id: $postingId) { id title status openings openingsLeft }\n    applicationsForPosting(postingId: $postingId, status: $status, page: $page) {\n      total page pageSize\n      items {\n        id status createdAt note accommodations accommodationNote rejectionReason\n        seeker {\n          id name age gender phone skills category level cannotDo supportsMust supportsNice education experience\n          county { code nameZh nameEn }\n        }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n": typeof types.PostingApplicantsDocument,
    "\n  mutation MoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id status rejectionReason\n      history { id fromStatus toStatus reason createdAt }\n    }\n  }\n": typeof types.MoveApplicationDocument,
    "\n  query PostingCandidates($postingId: ID!, $page: PageInput) {\n    posting(id: $postingId) { id title status }\n    candidates(postingId: $postingId, page: $page) {\n      total page pageSize\n      items {\n        seekerId maskedName ageRange countyCode education preferredForms skills\n        match { ...MatchFields }\n      }\n    }\n  }\n": typeof types.PostingCandidatesDocument,
    "\n  query MyPostings($status: PostingStatus, $page: PageInput) {\n    myOrganization { id name verificationStatus }\n    myPostings(status: $status, page: $page) {\n      total page pageSize\n      items { id title status reserved openings openingsLeft applicationCount deadline publishedAt updatedAt }\n    }\n  }\n": typeof types.MyPostingsDocument,
    "\n  mutation PublishPosting($id: ID!) { publishPosting(id: $id) { id status publishedAt } }\n": typeof types.PublishPostingDocument,
    "\n  mutation ClosePosting($id: ID!) { closePosting(id: $id) { id status closedAt } }\n": typeof types.ClosePostingDocument,
    "\n  query MyOrganization {\n    myOrganization {\n      id name creditCode type countyCode address description isSchool verificationStatus verificationNote verifiedAt\n      privateDetails { contactName contactPhone staffCount establishedPosts }\n    }\n  }\n": typeof types.MyOrganizationDocument,
    "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) { id name verificationStatus }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id name creditCode type countyCode address description isSchool verificationStatus verificationNote verifiedAt\n      privateDetails { contactName contactPhone staffCount establishedPosts }\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query EditorContext { myOrganization { id name type countyCode address verificationStatus } }\n": typeof types.EditorContextDocument,
    "\n  query PostingForEdit($id: ID!) {\n    posting(id: $id) {\n      id version status title description easyRead countyCode address employmentForm openings openingsLeft salaryMin salaryMax\n      educationRequired skills reserved relaxedAge relaxedHousehold relaxedExamRatio relaxationNote demands supports\n      suitableCategories deadline\n    }\n  }\n": typeof types.PostingForEditDocument,
    "\n  mutation CreatePosting($input: PostingInput!) { createPosting(input: $input) { id status version title } }\n": typeof types.CreatePostingDocument,
    "\n  mutation UpdatePosting($id: ID!, $expectedVersion: Int, $input: PostingInput!) {\n    updatePosting(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id version status title description easyRead countyCode address employmentForm openings openingsLeft salaryMin salaryMax\n      educationRequired skills reserved relaxedAge relaxedHousehold relaxedExamRatio relaxationNote demands supports\n      suitableCategories deadline\n    }\n  }\n": typeof types.UpdatePostingDocument,
    "\n  query FeaturedReserved {\n    postings(filter: { reservedOnly: true }, sort: NEWEST, page: { page: 1, pageSize: 6 }) {\n      total\n      items { ...PostingCardFields }\n    }\n  }\n": typeof types.FeaturedReservedDocument,
    "\n  query RecommendedPreview {\n    recommendedPostings(page: { page: 1, pageSize: 3 }) {\n      total\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n": typeof types.RecommendedPreviewDocument,
    "\n  query PostingDetail($id: ID!) {\n    posting(id: $id) {\n      ...PostingCardFields\n      status description address openings educationRequired skills suitableCategories demands\n      relaxedAge relaxedHousehold relaxedExamRatio relaxationNote easyRead\n      organization { id name type description }\n      myApplication { id status }\n    }\n  }\n": typeof types.PostingDetailDocument,
    "\n  query MyProfileFull {\n    myProfile {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n": typeof types.MyProfileFullDocument,
    "\n  mutation SaveMyProfile($input: SeekerProfileInput!) {\n    saveMyProfile(input: $input) {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n": typeof types.SaveMyProfileDocument,
    "\n  query CategoryDefaults($category: DisabilityCategory!) {\n    categoryDefaults(category: $category) { cannotDo supportsMust supportsNice }\n  }\n": typeof types.CategoryDefaultsDocument,
    "\n  query RecommendedJobs($page: PageInput) {\n    recommendedPostings(page: $page) {\n      total page pageSize\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n": typeof types.RecommendedJobsDocument,
    "\n  query SearchJobs(\n    $query: String, $filter: PostingSearchFilter, $sort: PostingSearchSort, $page: PageInput,\n    $withCounties: Boolean!, $countiesFilter: PostingSearchFilter,\n    $withForms: Boolean!, $formsFilter: PostingSearchFilter,\n    $withTypes: Boolean!, $typesFilter: PostingSearchFilter\n  ) {\n    searchPostings(query: $query, filter: $filter, sort: $sort, page: $page) {\n      total page pageSize matched relaxed\n      facets {\n        counties { value count }\n        employmentForms { value count }\n        organizationTypes { value count }\n        supports { value count }\n        reserved { value count }\n      }\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n    countyCounts: searchPostings(query: $query, filter: $countiesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withCounties) {\n      facets { counties { value count } }\n    }\n    formCounts: searchPostings(query: $query, filter: $formsFilter, page: { page: 1, pageSize: 1 }) @include(if: $withForms) {\n      facets { employmentForms { value count } }\n    }\n    typeCounts: searchPostings(query: $query, filter: $typesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withTypes) {\n      facets { organizationTypes { value count } }\n    }\n  }\n": typeof types.SearchJobsDocument,
};
const documents: Documents = {
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  mutation UpdateMyLocale($input: UpdateMeInput!) { updateMe(input: $input) { id locale } }\n": types.UpdateMyLocaleDocument,
    "\n  query Counties { counties { code nameZh nameEn } }\n": types.CountiesDocument,
    "\n  fragment MatchFields on MatchModel {\n    score eligible\n    reasons { code text }\n    gaps { code text blocking closedBy subsidy }\n  }\n": types.MatchFieldsFragmentDoc,
    "\n  fragment PostingCardFields on Posting {\n    id title reserved employmentForm salaryMin salaryMax openingsLeft deadline supports\n    county { code nameZh nameEn }\n    organization { id name type }\n  }\n": types.PostingCardFieldsFragmentDoc,
    "\n  query Me {\n    me { id displayName role locale phone email }\n  }\n": types.MeDocument,
    "\n  query ApplyContext($id: ID!) {\n    posting(id: $id) { id title status openingsLeft organization { id name } myApplication { id status } }\n    myProfile { id name }\n  }\n": types.ApplyContextDocument,
    "\n  mutation ApplyToPosting($input: ApplyInput!) {\n    applyToPosting(input: $input) { id status posting { id myApplication { id status } } }\n  }\n": types.ApplyToPostingDocument,
    "\n  query MyApplications($page: PageInput) {\n    myApplications(page: $page) {\n      total page pageSize\n      items {\n        id status createdAt updatedAt note accommodations accommodationNote rejectionReason\n        posting { id title organization { id name } county { code nameZh nameEn } }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n": types.MyApplicationsDocument,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) { id status updatedAt history { id fromStatus toStatus reason createdAt } }\n  }\n": types.WithdrawApplicationDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { user { id role displayName } }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id role displayName } }\n  }\n": types.SignUpDocument,
    "\n  query PostingApplicants($postingId: ID!, $status: ApplicationStatus, $page: PageInput) {\n    posting(id: $postingId) { id title status openings openingsLeft }\n    applicationsForPosting(postingId: $postingId, status: $status, page: $page) {\n      total page pageSize\n      items {\n        id status createdAt note accommodations accommodationNote rejectionReason\n        seeker {\n          id name age gender phone skills category level cannotDo supportsMust supportsNice education experience\n          county { code nameZh nameEn }\n        }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n": types.PostingApplicantsDocument,
    "\n  mutation MoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id status rejectionReason\n      history { id fromStatus toStatus reason createdAt }\n    }\n  }\n": types.MoveApplicationDocument,
    "\n  query PostingCandidates($postingId: ID!, $page: PageInput) {\n    posting(id: $postingId) { id title status }\n    candidates(postingId: $postingId, page: $page) {\n      total page pageSize\n      items {\n        seekerId maskedName ageRange countyCode education preferredForms skills\n        match { ...MatchFields }\n      }\n    }\n  }\n": types.PostingCandidatesDocument,
    "\n  query MyPostings($status: PostingStatus, $page: PageInput) {\n    myOrganization { id name verificationStatus }\n    myPostings(status: $status, page: $page) {\n      total page pageSize\n      items { id title status reserved openings openingsLeft applicationCount deadline publishedAt updatedAt }\n    }\n  }\n": types.MyPostingsDocument,
    "\n  mutation PublishPosting($id: ID!) { publishPosting(id: $id) { id status publishedAt } }\n": types.PublishPostingDocument,
    "\n  mutation ClosePosting($id: ID!) { closePosting(id: $id) { id status closedAt } }\n": types.ClosePostingDocument,
    "\n  query MyOrganization {\n    myOrganization {\n      id name creditCode type countyCode address description isSchool verificationStatus verificationNote verifiedAt\n      privateDetails { contactName contactPhone staffCount establishedPosts }\n    }\n  }\n": types.MyOrganizationDocument,
    "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) { id name verificationStatus }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id name creditCode type countyCode address description isSchool verificationStatus verificationNote verifiedAt\n      privateDetails { contactName contactPhone staffCount establishedPosts }\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query EditorContext { myOrganization { id name type countyCode address verificationStatus } }\n": types.EditorContextDocument,
    "\n  query PostingForEdit($id: ID!) {\n    posting(id: $id) {\n      id version status title description easyRead countyCode address employmentForm openings openingsLeft salaryMin salaryMax\n      educationRequired skills reserved relaxedAge relaxedHousehold relaxedExamRatio relaxationNote demands supports\n      suitableCategories deadline\n    }\n  }\n": types.PostingForEditDocument,
    "\n  mutation CreatePosting($input: PostingInput!) { createPosting(input: $input) { id status version title } }\n": types.CreatePostingDocument,
    "\n  mutation UpdatePosting($id: ID!, $expectedVersion: Int, $input: PostingInput!) {\n    updatePosting(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id version status title description easyRead countyCode address employmentForm openings openingsLeft salaryMin salaryMax\n      educationRequired skills reserved relaxedAge relaxedHousehold relaxedExamRatio relaxationNote demands supports\n      suitableCategories deadline\n    }\n  }\n": types.UpdatePostingDocument,
    "\n  query FeaturedReserved {\n    postings(filter: { reservedOnly: true }, sort: NEWEST, page: { page: 1, pageSize: 6 }) {\n      total\n      items { ...PostingCardFields }\n    }\n  }\n": types.FeaturedReservedDocument,
    "\n  query RecommendedPreview {\n    recommendedPostings(page: { page: 1, pageSize: 3 }) {\n      total\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n": types.RecommendedPreviewDocument,
    "\n  query PostingDetail($id: ID!) {\n    posting(id: $id) {\n      ...PostingCardFields\n      status description address openings educationRequired skills suitableCategories demands\n      relaxedAge relaxedHousehold relaxedExamRatio relaxationNote easyRead\n      organization { id name type description }\n      myApplication { id status }\n    }\n  }\n": types.PostingDetailDocument,
    "\n  query MyProfileFull {\n    myProfile {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n": types.MyProfileFullDocument,
    "\n  mutation SaveMyProfile($input: SeekerProfileInput!) {\n    saveMyProfile(input: $input) {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n": types.SaveMyProfileDocument,
    "\n  query CategoryDefaults($category: DisabilityCategory!) {\n    categoryDefaults(category: $category) { cannotDo supportsMust supportsNice }\n  }\n": types.CategoryDefaultsDocument,
    "\n  query RecommendedJobs($page: PageInput) {\n    recommendedPostings(page: $page) {\n      total page pageSize\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n": types.RecommendedJobsDocument,
    "\n  query SearchJobs(\n    $query: String, $filter: PostingSearchFilter, $sort: PostingSearchSort, $page: PageInput,\n    $withCounties: Boolean!, $countiesFilter: PostingSearchFilter,\n    $withForms: Boolean!, $formsFilter: PostingSearchFilter,\n    $withTypes: Boolean!, $typesFilter: PostingSearchFilter\n  ) {\n    searchPostings(query: $query, filter: $filter, sort: $sort, page: $page) {\n      total page pageSize matched relaxed\n      facets {\n        counties { value count }\n        employmentForms { value count }\n        organizationTypes { value count }\n        supports { value count }\n        reserved { value count }\n      }\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n    countyCounts: searchPostings(query: $query, filter: $countiesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withCounties) {\n      facets { counties { value count } }\n    }\n    formCounts: searchPostings(query: $query, filter: $formsFilter, page: { page: 1, pageSize: 1 }) @include(if: $withForms) {\n      facets { employmentForms { value count } }\n    }\n    typeCounts: searchPostings(query: $query, filter: $typesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withTypes) {\n      facets { organizationTypes { value count } }\n    }\n  }\n": types.SearchJobsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut { signOut }\n"): (typeof documents)["\n  mutation SignOut { signOut }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLocale($input: UpdateMeInput!) { updateMe(input: $input) { id locale } }\n"): (typeof documents)["\n  mutation UpdateMyLocale($input: UpdateMeInput!) { updateMe(input: $input) { id locale } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Counties { counties { code nameZh nameEn } }\n"): (typeof documents)["\n  query Counties { counties { code nameZh nameEn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchFields on MatchModel {\n    score eligible\n    reasons { code text }\n    gaps { code text blocking closedBy subsidy }\n  }\n"): (typeof documents)["\n  fragment MatchFields on MatchModel {\n    score eligible\n    reasons { code text }\n    gaps { code text blocking closedBy subsidy }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostingCardFields on Posting {\n    id title reserved employmentForm salaryMin salaryMax openingsLeft deadline supports\n    county { code nameZh nameEn }\n    organization { id name type }\n  }\n"): (typeof documents)["\n  fragment PostingCardFields on Posting {\n    id title reserved employmentForm salaryMin salaryMax openingsLeft deadline supports\n    county { code nameZh nameEn }\n    organization { id name type }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id displayName role locale phone email }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id displayName role locale phone email }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplyContext($id: ID!) {\n    posting(id: $id) { id title status openingsLeft organization { id name } myApplication { id status } }\n    myProfile { id name }\n  }\n"): (typeof documents)["\n  query ApplyContext($id: ID!) {\n    posting(id: $id) { id title status openingsLeft organization { id name } myApplication { id status } }\n    myProfile { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToPosting($input: ApplyInput!) {\n    applyToPosting(input: $input) { id status posting { id myApplication { id status } } }\n  }\n"): (typeof documents)["\n  mutation ApplyToPosting($input: ApplyInput!) {\n    applyToPosting(input: $input) { id status posting { id myApplication { id status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplications($page: PageInput) {\n    myApplications(page: $page) {\n      total page pageSize\n      items {\n        id status createdAt updatedAt note accommodations accommodationNote rejectionReason\n        posting { id title organization { id name } county { code nameZh nameEn } }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyApplications($page: PageInput) {\n    myApplications(page: $page) {\n      total page pageSize\n      items {\n        id status createdAt updatedAt note accommodations accommodationNote rejectionReason\n        posting { id title organization { id name } county { code nameZh nameEn } }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) { id status updatedAt history { id fromStatus toStatus reason createdAt } }\n  }\n"): (typeof documents)["\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) { id status updatedAt history { id fromStatus toStatus reason createdAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { user { id role displayName } }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { user { id role displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id role displayName } }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id role displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingApplicants($postingId: ID!, $status: ApplicationStatus, $page: PageInput) {\n    posting(id: $postingId) { id title status openings openingsLeft }\n    applicationsForPosting(postingId: $postingId, status: $status, page: $page) {\n      total page pageSize\n      items {\n        id status createdAt note accommodations accommodationNote rejectionReason\n        seeker {\n          id name age gender phone skills category level cannotDo supportsMust supportsNice education experience\n          county { code nameZh nameEn }\n        }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostingApplicants($postingId: ID!, $status: ApplicationStatus, $page: PageInput) {\n    posting(id: $postingId) { id title status openings openingsLeft }\n    applicationsForPosting(postingId: $postingId, status: $status, page: $page) {\n      total page pageSize\n      items {\n        id status createdAt note accommodations accommodationNote rejectionReason\n        seeker {\n          id name age gender phone skills category level cannotDo supportsMust supportsNice education experience\n          county { code nameZh nameEn }\n        }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id status rejectionReason\n      history { id fromStatus toStatus reason createdAt }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id status rejectionReason\n      history { id fromStatus toStatus reason createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingCandidates($postingId: ID!, $page: PageInput) {\n    posting(id: $postingId) { id title status }\n    candidates(postingId: $postingId, page: $page) {\n      total page pageSize\n      items {\n        seekerId maskedName ageRange countyCode education preferredForms skills\n        match { ...MatchFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostingCandidates($postingId: ID!, $page: PageInput) {\n    posting(id: $postingId) { id title status }\n    candidates(postingId: $postingId, page: $page) {\n      total page pageSize\n      items {\n        seekerId maskedName ageRange countyCode education preferredForms skills\n        match { ...MatchFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPostings($status: PostingStatus, $page: PageInput) {\n    myOrganization { id name verificationStatus }\n    myPostings(status: $status, page: $page) {\n      total page pageSize\n      items { id title status reserved openings openingsLeft applicationCount deadline publishedAt updatedAt }\n    }\n  }\n"): (typeof documents)["\n  query MyPostings($status: PostingStatus, $page: PageInput) {\n    myOrganization { id name verificationStatus }\n    myPostings(status: $status, page: $page) {\n      total page pageSize\n      items { id title status reserved openings openingsLeft applicationCount deadline publishedAt updatedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPosting($id: ID!) { publishPosting(id: $id) { id status publishedAt } }\n"): (typeof documents)["\n  mutation PublishPosting($id: ID!) { publishPosting(id: $id) { id status publishedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePosting($id: ID!) { closePosting(id: $id) { id status closedAt } }\n"): (typeof documents)["\n  mutation ClosePosting($id: ID!) { closePosting(id: $id) { id status closedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganization {\n    myOrganization {\n      id name creditCode type countyCode address description isSchool verificationStatus verificationNote verifiedAt\n      privateDetails { contactName contactPhone staffCount establishedPosts }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganization {\n    myOrganization {\n      id name creditCode type countyCode address description isSchool verificationStatus verificationNote verifiedAt\n      privateDetails { contactName contactPhone staffCount establishedPosts }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) { id name verificationStatus }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) { id name verificationStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id name creditCode type countyCode address description isSchool verificationStatus verificationNote verifiedAt\n      privateDetails { contactName contactPhone staffCount establishedPosts }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id name creditCode type countyCode address description isSchool verificationStatus verificationNote verifiedAt\n      privateDetails { contactName contactPhone staffCount establishedPosts }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorContext { myOrganization { id name type countyCode address verificationStatus } }\n"): (typeof documents)["\n  query EditorContext { myOrganization { id name type countyCode address verificationStatus } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingForEdit($id: ID!) {\n    posting(id: $id) {\n      id version status title description easyRead countyCode address employmentForm openings openingsLeft salaryMin salaryMax\n      educationRequired skills reserved relaxedAge relaxedHousehold relaxedExamRatio relaxationNote demands supports\n      suitableCategories deadline\n    }\n  }\n"): (typeof documents)["\n  query PostingForEdit($id: ID!) {\n    posting(id: $id) {\n      id version status title description easyRead countyCode address employmentForm openings openingsLeft salaryMin salaryMax\n      educationRequired skills reserved relaxedAge relaxedHousehold relaxedExamRatio relaxationNote demands supports\n      suitableCategories deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePosting($input: PostingInput!) { createPosting(input: $input) { id status version title } }\n"): (typeof documents)["\n  mutation CreatePosting($input: PostingInput!) { createPosting(input: $input) { id status version title } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePosting($id: ID!, $expectedVersion: Int, $input: PostingInput!) {\n    updatePosting(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id version status title description easyRead countyCode address employmentForm openings openingsLeft salaryMin salaryMax\n      educationRequired skills reserved relaxedAge relaxedHousehold relaxedExamRatio relaxationNote demands supports\n      suitableCategories deadline\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePosting($id: ID!, $expectedVersion: Int, $input: PostingInput!) {\n    updatePosting(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id version status title description easyRead countyCode address employmentForm openings openingsLeft salaryMin salaryMax\n      educationRequired skills reserved relaxedAge relaxedHousehold relaxedExamRatio relaxationNote demands supports\n      suitableCategories deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeaturedReserved {\n    postings(filter: { reservedOnly: true }, sort: NEWEST, page: { page: 1, pageSize: 6 }) {\n      total\n      items { ...PostingCardFields }\n    }\n  }\n"): (typeof documents)["\n  query FeaturedReserved {\n    postings(filter: { reservedOnly: true }, sort: NEWEST, page: { page: 1, pageSize: 6 }) {\n      total\n      items { ...PostingCardFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendedPreview {\n    recommendedPostings(page: { page: 1, pageSize: 3 }) {\n      total\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendedPreview {\n    recommendedPostings(page: { page: 1, pageSize: 3 }) {\n      total\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingDetail($id: ID!) {\n    posting(id: $id) {\n      ...PostingCardFields\n      status description address openings educationRequired skills suitableCategories demands\n      relaxedAge relaxedHousehold relaxedExamRatio relaxationNote easyRead\n      organization { id name type description }\n      myApplication { id status }\n    }\n  }\n"): (typeof documents)["\n  query PostingDetail($id: ID!) {\n    posting(id: $id) {\n      ...PostingCardFields\n      status description address openings educationRequired skills suitableCategories demands\n      relaxedAge relaxedHousehold relaxedExamRatio relaxationNote easyRead\n      organization { id name type description }\n      myApplication { id status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfileFull {\n    myProfile {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n"): (typeof documents)["\n  query MyProfileFull {\n    myProfile {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMyProfile($input: SeekerProfileInput!) {\n    saveMyProfile(input: $input) {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMyProfile($input: SeekerProfileInput!) {\n    saveMyProfile(input: $input) {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryDefaults($category: DisabilityCategory!) {\n    categoryDefaults(category: $category) { cannotDo supportsMust supportsNice }\n  }\n"): (typeof documents)["\n  query CategoryDefaults($category: DisabilityCategory!) {\n    categoryDefaults(category: $category) { cannotDo supportsMust supportsNice }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendedJobs($page: PageInput) {\n    recommendedPostings(page: $page) {\n      total page pageSize\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendedJobs($page: PageInput) {\n    recommendedPostings(page: $page) {\n      total page pageSize\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchJobs(\n    $query: String, $filter: PostingSearchFilter, $sort: PostingSearchSort, $page: PageInput,\n    $withCounties: Boolean!, $countiesFilter: PostingSearchFilter,\n    $withForms: Boolean!, $formsFilter: PostingSearchFilter,\n    $withTypes: Boolean!, $typesFilter: PostingSearchFilter\n  ) {\n    searchPostings(query: $query, filter: $filter, sort: $sort, page: $page) {\n      total page pageSize matched relaxed\n      facets {\n        counties { value count }\n        employmentForms { value count }\n        organizationTypes { value count }\n        supports { value count }\n        reserved { value count }\n      }\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n    countyCounts: searchPostings(query: $query, filter: $countiesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withCounties) {\n      facets { counties { value count } }\n    }\n    formCounts: searchPostings(query: $query, filter: $formsFilter, page: { page: 1, pageSize: 1 }) @include(if: $withForms) {\n      facets { employmentForms { value count } }\n    }\n    typeCounts: searchPostings(query: $query, filter: $typesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withTypes) {\n      facets { organizationTypes { value count } }\n    }\n  }\n"): (typeof documents)["\n  query SearchJobs(\n    $query: String, $filter: PostingSearchFilter, $sort: PostingSearchSort, $page: PageInput,\n    $withCounties: Boolean!, $countiesFilter: PostingSearchFilter,\n    $withForms: Boolean!, $formsFilter: PostingSearchFilter,\n    $withTypes: Boolean!, $typesFilter: PostingSearchFilter\n  ) {\n    searchPostings(query: $query, filter: $filter, sort: $sort, page: $page) {\n      total page pageSize matched relaxed\n      facets {\n        counties { value count }\n        employmentForms { value count }\n        organizationTypes { value count }\n        supports { value count }\n        reserved { value count }\n      }\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n    countyCounts: searchPostings(query: $query, filter: $countiesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withCounties) {\n      facets { counties { value count } }\n    }\n    formCounts: searchPostings(query: $query, filter: $formsFilter, page: { page: 1, pageSize: 1 }) @include(if: $withForms) {\n      facets { employmentForms { value count } }\n    }\n    typeCounts: searchPostings(query: $query, filter: $typesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withTypes) {\n      facets { organizationTypes { value count } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;