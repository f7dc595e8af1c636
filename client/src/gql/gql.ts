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
    "\n  query Me {\n    me { id displayName role locale phone email scopeCountyCode }\n  }\n": typeof types.MeDocument,
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
    "\n  fragment EventCardFields on RecruitmentEvent {\n    id title kind mode status startsAt endsAt venueName address organizer\n    seekerCapacity registeredCount registrationOpensAt registrationClosesAt\n    stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n    county { code nameZh nameEn }\n    serviceOffers { service quantity }\n  }\n": typeof types.EventCardFieldsFragmentDoc,
    "\n  query BoothApplyContext($id: ID!) {\n    myOrganization { id name verificationStatus }\n    event(id: $id) {\n      id title status mode startsAt endsAt venueName address openToBoothApplications boothLimit boothCount\n      county { code nameZh nameEn }\n    }\n  }\n": typeof types.BoothApplyContextDocument,
    "\n  mutation ApplyForBooth($input: BoothInput!) {\n    applyForBooth(input: $input) { id status postingIds note event { id } }\n  }\n": typeof types.ApplyForBoothDocument,
    "\n  query MyBoothDetail {\n    myBooths {\n      id status note declineReason createdAt decidedAt postingIds\n      event { id title status mode startsAt endsAt venueName address county { code nameZh nameEn } }\n      postings { id title reserved }\n      applicants {\n        id status createdAt\n        seeker { id name }\n        posting { id title }\n      }\n    }\n  }\n": typeof types.MyBoothDetailDocument,
    "\n  mutation AcceptBoothInvitation($boothId: ID!, $postingIds: [ID!]!) {\n    acceptBoothInvitation(boothId: $boothId, postingIds: $postingIds) { id status postingIds postings { id title reserved } }\n  }\n": typeof types.AcceptBoothInvitationDocument,
    "\n  mutation SetBoothPostings($boothId: ID!, $postingIds: [ID!]!) {\n    setBoothPostings(boothId: $boothId, postingIds: $postingIds) { id postingIds postings { id title reserved } }\n  }\n": typeof types.SetBoothPostingsDocument,
    "\n  mutation WithdrawBooth($boothId: ID!) { withdrawBooth(boothId: $boothId) { id status } }\n": typeof types.WithdrawBoothDocument,
    "\n  query BoothPostingOptions {\n    myPostings(status: PUBLISHED, page: { page: 1, pageSize: 100 }) {\n      total\n      items { id title reserved openingsLeft employmentForm }\n    }\n  }\n": typeof types.BoothPostingOptionsDocument,
    "\n  query EmployerEvents {\n    myOrganization { id name verificationStatus }\n    myBooths {\n      id status declineReason createdAt\n      event { id title status mode startsAt endsAt venueName address county { code nameZh nameEn } }\n      postings { id title reserved }\n      applicants { id }\n    }\n    events(page: { page: 1, pageSize: 100 }) {\n      total\n      items {\n        id title status kind mode startsAt endsAt venueName address openToBoothApplications boothLimit boothCount\n        county { code nameZh nameEn }\n      }\n    }\n  }\n": typeof types.EmployerEventsDocument,
    "\n  query UnreadNotificationCount { myNotifications(page: { page: 1, pageSize: 1 }, unreadOnly: true) { unread } }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      total page pageSize unread\n      items { id kind title body createdAt readAt eventId }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($id: ID) { markNotificationsRead(id: $id) }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query EventApplyContext($eventId: ID!, $postingId: ID!) {\n    event(id: $eventId) { id title status myRegistration { id status } }\n    posting(id: $postingId) { id title reserved status organization { id name } myApplication { id status } }\n  }\n": typeof types.EventApplyContextDocument,
    "\n  mutation ApplyAtEvent($input: ApplyInput!) {\n    applyToPosting(input: $input) { id status eventId posting { id myApplication { id status } } }\n  }\n": typeof types.ApplyAtEventDocument,
    "\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      description onlineUrl accessibilityNote cancelReason\n      graduationYears targetCategories targetCounties targetOrganizationTypes\n      openToBoothApplications boothLimit boothCount\n      eligibility { eligible reasons }\n      myRegistration { id status waitlistPosition }\n      booths {\n        id status\n        organization { id name type }\n        postings { id title reserved openingsLeft status }\n      }\n    }\n  }\n": typeof types.EventDetailDocument,
    "\n  query BrowseEvents($filter: EventFilter, $page: PageInput) {\n    events(filter: $filter, page: $page) {\n      total page pageSize\n      items { ...EventCardFields }\n    }\n  }\n": typeof types.BrowseEventsDocument,
    "\n  query MyEventRegistrations {\n    myEventRegistrations {\n      id status createdAt checkedInAt waitlistPosition ticketCode ticketQrSvg\n      services { id service notes }\n      event {\n        id title status mode startsAt endsAt venueName address onlineUrl cancelReason\n        county { code nameZh nameEn }\n      }\n    }\n  }\n": typeof types.MyEventRegistrationsDocument,
    "\n  mutation CancelEventRegistration($registrationId: ID!) {\n    cancelEventRegistration(registrationId: $registrationId) {\n      id status cancelledAt ticketCode ticketQrSvg waitlistPosition\n      event { id registeredCount myRegistration { id status } }\n    }\n  }\n": typeof types.CancelEventRegistrationDocument,
    "\n  query EventRegisterContext($id: ID!) {\n    event(id: $id) {\n      id title status mode startsAt endsAt venueName address seekerCapacity registeredCount\n      registrationOpensAt registrationClosesAt\n      county { code nameZh nameEn }\n      serviceOffers { service quantity }\n      eligibility { eligible reasons }\n      myRegistration { id status waitlistPosition services { id service notes } }\n    }\n  }\n": typeof types.EventRegisterContextDocument,
    "\n  mutation RegisterForEvent($eventId: ID!, $services: [ServiceRequestInput!]!) {\n    registerForEvent(eventId: $eventId, services: $services) {\n      id status waitlistPosition services { id service notes }\n      event { id registeredCount myRegistration { id status waitlistPosition } }\n    }\n  }\n": typeof types.RegisterForEventDocument,
    "\n  mutation UpdateEventServiceRequests($registrationId: ID!, $services: [ServiceRequestInput!]!) {\n    updateEventServiceRequests(registrationId: $registrationId, services: $services) { id services { id service notes } }\n  }\n": typeof types.UpdateEventServiceRequestsDocument,
    "\n  query CheckInEvent($id: ID!) {\n    event(id: $id) { id title status startsAt endsAt overview { registered checkedIn } }\n  }\n": typeof types.CheckInEventDocument,
    "\n  mutation CheckInTicket($eventId: ID!, $ticketCode: String!) {\n    checkInTicket(eventId: $eventId, ticketCode: $ticketCode) { id status checkedInAt seeker { id name } }\n  }\n": typeof types.CheckInTicketDocument,
    "\n  query EventForEdit($id: ID!) {\n    event(id: $id) {\n      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt\n      venueName address onlineUrl latitude longitude accessibilityNote\n      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n      serviceOffers { service quantity }\n      graduationYears targetCategories targetCounties targetOrganizationTypes\n      seekerCapacity boothLimit openToBoothApplications registeredCount boothCount\n    }\n  }\n": typeof types.EventForEditDocument,
    "\n  mutation CreateEvent($input: EventInput!) { createEvent(input: $input) { id title status } }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt\n      venueName address onlineUrl latitude longitude accessibilityNote\n      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n      serviceOffers { service quantity }\n      graduationYears targetCategories targetCounties targetOrganizationTypes seekerCapacity boothLimit openToBoothApplications\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  query StaffScope { me { id scopeCountyCode } }\n": typeof types.StaffScopeDocument,
    "\n  query EventOutcomes($id: ID!) {\n    event(id: $id) {\n      id title status startsAt endsAt\n      outcomes {\n        registered attended applications interviews offers hires exportUrl\n        employers { organizationId organizationName applications interviews offers hires }\n      }\n    }\n  }\n": typeof types.EventOutcomesDocument,
    "\n  query StaffEventRegistrations($eventId: ID!, $status: RegistrationStatus) {\n    event(id: $eventId) { id title seekerCapacity registeredCount }\n    eventRegistrations(eventId: $eventId, status: $status) {\n      id status createdAt checkedInAt waitlistPosition\n      seeker { id name phone category }\n      services { id service notes }\n    }\n  }\n": typeof types.StaffEventRegistrationsDocument,
    "\n  query StaffEvent($id: ID!) {\n    event(id: $id) {\n      id title kind mode status startsAt endsAt venueName address cancelReason seekerCapacity boothLimit openToBoothApplications\n      county { code nameZh nameEn }\n      overview {\n        registered waitlisted checkedIn cancelled\n        services { service requested offered shortage }\n        booths { invited applied approved declined withdrawn limit }\n      }\n      booths {\n        id status note declineReason createdAt\n        organization { id name type }\n        postings { id title reserved }\n      }\n    }\n  }\n": typeof types.StaffEventDocument,
    "\n  mutation PublishEvent($id: ID!) { publishEvent(id: $id) { id status } }\n": typeof types.PublishEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) { cancelEvent(id: $id, reason: $reason) { id status cancelReason } }\n": typeof types.CancelEventDocument,
    "\n  mutation FinishEvent($id: ID!) { finishEvent(id: $id) { id status } }\n": typeof types.FinishEventDocument,
    "\n  mutation DecideBooth($boothId: ID!, $approve: Boolean!, $reason: String) {\n    decideBooth(boothId: $boothId, approve: $approve, reason: $reason) { id status declineReason decidedAt }\n  }\n": typeof types.DecideBoothDocument,
    "\n  query InviteOrganizations {\n    organizations(filter: { verificationStatus: VERIFIED }, page: { page: 1, pageSize: 100 }) { items { id name } }\n  }\n": typeof types.InviteOrganizationsDocument,
    "\n  mutation InviteToEvent($eventId: ID!, $organizationId: ID!) { inviteToEvent(eventId: $eventId, organizationId: $organizationId) { id status } }\n": typeof types.InviteToEventDocument,
    "\n  query StaffEvents($filter: EventFilter, $page: PageInput) {\n    events(filter: $filter, page: $page) {\n      total page pageSize\n      items { id title kind mode status startsAt endsAt seekerCapacity registeredCount boothLimit boothCount county { code nameZh nameEn } }\n    }\n  }\n": typeof types.StaffEventsDocument,
    "\n  query FeaturedReserved {\n    postings(filter: { reservedOnly: true }, sort: NEWEST, page: { page: 1, pageSize: 6 }) {\n      total\n      items { ...PostingCardFields }\n    }\n  }\n": typeof types.FeaturedReservedDocument,
    "\n  query RecommendedPreview {\n    recommendedPostings(page: { page: 1, pageSize: 3 }) {\n      total\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n": typeof types.RecommendedPreviewDocument,
    "\n  query UpcomingFairs {\n    events(page: { page: 1, pageSize: 3 }) {\n      total\n      items { id title startsAt mode venueName status county { code nameZh nameEn } }\n    }\n  }\n": typeof types.UpcomingFairsDocument,
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
    "\n  query Me {\n    me { id displayName role locale phone email scopeCountyCode }\n  }\n": types.MeDocument,
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
    "\n  fragment EventCardFields on RecruitmentEvent {\n    id title kind mode status startsAt endsAt venueName address organizer\n    seekerCapacity registeredCount registrationOpensAt registrationClosesAt\n    stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n    county { code nameZh nameEn }\n    serviceOffers { service quantity }\n  }\n": types.EventCardFieldsFragmentDoc,
    "\n  query BoothApplyContext($id: ID!) {\n    myOrganization { id name verificationStatus }\n    event(id: $id) {\n      id title status mode startsAt endsAt venueName address openToBoothApplications boothLimit boothCount\n      county { code nameZh nameEn }\n    }\n  }\n": types.BoothApplyContextDocument,
    "\n  mutation ApplyForBooth($input: BoothInput!) {\n    applyForBooth(input: $input) { id status postingIds note event { id } }\n  }\n": types.ApplyForBoothDocument,
    "\n  query MyBoothDetail {\n    myBooths {\n      id status note declineReason createdAt decidedAt postingIds\n      event { id title status mode startsAt endsAt venueName address county { code nameZh nameEn } }\n      postings { id title reserved }\n      applicants {\n        id status createdAt\n        seeker { id name }\n        posting { id title }\n      }\n    }\n  }\n": types.MyBoothDetailDocument,
    "\n  mutation AcceptBoothInvitation($boothId: ID!, $postingIds: [ID!]!) {\n    acceptBoothInvitation(boothId: $boothId, postingIds: $postingIds) { id status postingIds postings { id title reserved } }\n  }\n": types.AcceptBoothInvitationDocument,
    "\n  mutation SetBoothPostings($boothId: ID!, $postingIds: [ID!]!) {\n    setBoothPostings(boothId: $boothId, postingIds: $postingIds) { id postingIds postings { id title reserved } }\n  }\n": types.SetBoothPostingsDocument,
    "\n  mutation WithdrawBooth($boothId: ID!) { withdrawBooth(boothId: $boothId) { id status } }\n": types.WithdrawBoothDocument,
    "\n  query BoothPostingOptions {\n    myPostings(status: PUBLISHED, page: { page: 1, pageSize: 100 }) {\n      total\n      items { id title reserved openingsLeft employmentForm }\n    }\n  }\n": types.BoothPostingOptionsDocument,
    "\n  query EmployerEvents {\n    myOrganization { id name verificationStatus }\n    myBooths {\n      id status declineReason createdAt\n      event { id title status mode startsAt endsAt venueName address county { code nameZh nameEn } }\n      postings { id title reserved }\n      applicants { id }\n    }\n    events(page: { page: 1, pageSize: 100 }) {\n      total\n      items {\n        id title status kind mode startsAt endsAt venueName address openToBoothApplications boothLimit boothCount\n        county { code nameZh nameEn }\n      }\n    }\n  }\n": types.EmployerEventsDocument,
    "\n  query UnreadNotificationCount { myNotifications(page: { page: 1, pageSize: 1 }, unreadOnly: true) { unread } }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      total page pageSize unread\n      items { id kind title body createdAt readAt eventId }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($id: ID) { markNotificationsRead(id: $id) }\n": types.MarkNotificationsReadDocument,
    "\n  query EventApplyContext($eventId: ID!, $postingId: ID!) {\n    event(id: $eventId) { id title status myRegistration { id status } }\n    posting(id: $postingId) { id title reserved status organization { id name } myApplication { id status } }\n  }\n": types.EventApplyContextDocument,
    "\n  mutation ApplyAtEvent($input: ApplyInput!) {\n    applyToPosting(input: $input) { id status eventId posting { id myApplication { id status } } }\n  }\n": types.ApplyAtEventDocument,
    "\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      description onlineUrl accessibilityNote cancelReason\n      graduationYears targetCategories targetCounties targetOrganizationTypes\n      openToBoothApplications boothLimit boothCount\n      eligibility { eligible reasons }\n      myRegistration { id status waitlistPosition }\n      booths {\n        id status\n        organization { id name type }\n        postings { id title reserved openingsLeft status }\n      }\n    }\n  }\n": types.EventDetailDocument,
    "\n  query BrowseEvents($filter: EventFilter, $page: PageInput) {\n    events(filter: $filter, page: $page) {\n      total page pageSize\n      items { ...EventCardFields }\n    }\n  }\n": types.BrowseEventsDocument,
    "\n  query MyEventRegistrations {\n    myEventRegistrations {\n      id status createdAt checkedInAt waitlistPosition ticketCode ticketQrSvg\n      services { id service notes }\n      event {\n        id title status mode startsAt endsAt venueName address onlineUrl cancelReason\n        county { code nameZh nameEn }\n      }\n    }\n  }\n": types.MyEventRegistrationsDocument,
    "\n  mutation CancelEventRegistration($registrationId: ID!) {\n    cancelEventRegistration(registrationId: $registrationId) {\n      id status cancelledAt ticketCode ticketQrSvg waitlistPosition\n      event { id registeredCount myRegistration { id status } }\n    }\n  }\n": types.CancelEventRegistrationDocument,
    "\n  query EventRegisterContext($id: ID!) {\n    event(id: $id) {\n      id title status mode startsAt endsAt venueName address seekerCapacity registeredCount\n      registrationOpensAt registrationClosesAt\n      county { code nameZh nameEn }\n      serviceOffers { service quantity }\n      eligibility { eligible reasons }\n      myRegistration { id status waitlistPosition services { id service notes } }\n    }\n  }\n": types.EventRegisterContextDocument,
    "\n  mutation RegisterForEvent($eventId: ID!, $services: [ServiceRequestInput!]!) {\n    registerForEvent(eventId: $eventId, services: $services) {\n      id status waitlistPosition services { id service notes }\n      event { id registeredCount myRegistration { id status waitlistPosition } }\n    }\n  }\n": types.RegisterForEventDocument,
    "\n  mutation UpdateEventServiceRequests($registrationId: ID!, $services: [ServiceRequestInput!]!) {\n    updateEventServiceRequests(registrationId: $registrationId, services: $services) { id services { id service notes } }\n  }\n": types.UpdateEventServiceRequestsDocument,
    "\n  query CheckInEvent($id: ID!) {\n    event(id: $id) { id title status startsAt endsAt overview { registered checkedIn } }\n  }\n": types.CheckInEventDocument,
    "\n  mutation CheckInTicket($eventId: ID!, $ticketCode: String!) {\n    checkInTicket(eventId: $eventId, ticketCode: $ticketCode) { id status checkedInAt seeker { id name } }\n  }\n": types.CheckInTicketDocument,
    "\n  query EventForEdit($id: ID!) {\n    event(id: $id) {\n      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt\n      venueName address onlineUrl latitude longitude accessibilityNote\n      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n      serviceOffers { service quantity }\n      graduationYears targetCategories targetCounties targetOrganizationTypes\n      seekerCapacity boothLimit openToBoothApplications registeredCount boothCount\n    }\n  }\n": types.EventForEditDocument,
    "\n  mutation CreateEvent($input: EventInput!) { createEvent(input: $input) { id title status } }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt\n      venueName address onlineUrl latitude longitude accessibilityNote\n      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n      serviceOffers { service quantity }\n      graduationYears targetCategories targetCounties targetOrganizationTypes seekerCapacity boothLimit openToBoothApplications\n    }\n  }\n": types.UpdateEventDocument,
    "\n  query StaffScope { me { id scopeCountyCode } }\n": types.StaffScopeDocument,
    "\n  query EventOutcomes($id: ID!) {\n    event(id: $id) {\n      id title status startsAt endsAt\n      outcomes {\n        registered attended applications interviews offers hires exportUrl\n        employers { organizationId organizationName applications interviews offers hires }\n      }\n    }\n  }\n": types.EventOutcomesDocument,
    "\n  query StaffEventRegistrations($eventId: ID!, $status: RegistrationStatus) {\n    event(id: $eventId) { id title seekerCapacity registeredCount }\n    eventRegistrations(eventId: $eventId, status: $status) {\n      id status createdAt checkedInAt waitlistPosition\n      seeker { id name phone category }\n      services { id service notes }\n    }\n  }\n": types.StaffEventRegistrationsDocument,
    "\n  query StaffEvent($id: ID!) {\n    event(id: $id) {\n      id title kind mode status startsAt endsAt venueName address cancelReason seekerCapacity boothLimit openToBoothApplications\n      county { code nameZh nameEn }\n      overview {\n        registered waitlisted checkedIn cancelled\n        services { service requested offered shortage }\n        booths { invited applied approved declined withdrawn limit }\n      }\n      booths {\n        id status note declineReason createdAt\n        organization { id name type }\n        postings { id title reserved }\n      }\n    }\n  }\n": types.StaffEventDocument,
    "\n  mutation PublishEvent($id: ID!) { publishEvent(id: $id) { id status } }\n": types.PublishEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) { cancelEvent(id: $id, reason: $reason) { id status cancelReason } }\n": types.CancelEventDocument,
    "\n  mutation FinishEvent($id: ID!) { finishEvent(id: $id) { id status } }\n": types.FinishEventDocument,
    "\n  mutation DecideBooth($boothId: ID!, $approve: Boolean!, $reason: String) {\n    decideBooth(boothId: $boothId, approve: $approve, reason: $reason) { id status declineReason decidedAt }\n  }\n": types.DecideBoothDocument,
    "\n  query InviteOrganizations {\n    organizations(filter: { verificationStatus: VERIFIED }, page: { page: 1, pageSize: 100 }) { items { id name } }\n  }\n": types.InviteOrganizationsDocument,
    "\n  mutation InviteToEvent($eventId: ID!, $organizationId: ID!) { inviteToEvent(eventId: $eventId, organizationId: $organizationId) { id status } }\n": types.InviteToEventDocument,
    "\n  query StaffEvents($filter: EventFilter, $page: PageInput) {\n    events(filter: $filter, page: $page) {\n      total page pageSize\n      items { id title kind mode status startsAt endsAt seekerCapacity registeredCount boothLimit boothCount county { code nameZh nameEn } }\n    }\n  }\n": types.StaffEventsDocument,
    "\n  query FeaturedReserved {\n    postings(filter: { reservedOnly: true }, sort: NEWEST, page: { page: 1, pageSize: 6 }) {\n      total\n      items { ...PostingCardFields }\n    }\n  }\n": types.FeaturedReservedDocument,
    "\n  query RecommendedPreview {\n    recommendedPostings(page: { page: 1, pageSize: 3 }) {\n      total\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n": types.RecommendedPreviewDocument,
    "\n  query UpcomingFairs {\n    events(page: { page: 1, pageSize: 3 }) {\n      total\n      items { id title startsAt mode venueName status county { code nameZh nameEn } }\n    }\n  }\n": types.UpcomingFairsDocument,
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
export function graphql(source: "\n  query Me {\n    me { id displayName role locale phone email scopeCountyCode }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id displayName role locale phone email scopeCountyCode }\n  }\n"];
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
export function graphql(source: "\n  fragment EventCardFields on RecruitmentEvent {\n    id title kind mode status startsAt endsAt venueName address organizer\n    seekerCapacity registeredCount registrationOpensAt registrationClosesAt\n    stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n    county { code nameZh nameEn }\n    serviceOffers { service quantity }\n  }\n"): (typeof documents)["\n  fragment EventCardFields on RecruitmentEvent {\n    id title kind mode status startsAt endsAt venueName address organizer\n    seekerCapacity registeredCount registrationOpensAt registrationClosesAt\n    stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n    county { code nameZh nameEn }\n    serviceOffers { service quantity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoothApplyContext($id: ID!) {\n    myOrganization { id name verificationStatus }\n    event(id: $id) {\n      id title status mode startsAt endsAt venueName address openToBoothApplications boothLimit boothCount\n      county { code nameZh nameEn }\n    }\n  }\n"): (typeof documents)["\n  query BoothApplyContext($id: ID!) {\n    myOrganization { id name verificationStatus }\n    event(id: $id) {\n      id title status mode startsAt endsAt venueName address openToBoothApplications boothLimit boothCount\n      county { code nameZh nameEn }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForBooth($input: BoothInput!) {\n    applyForBooth(input: $input) { id status postingIds note event { id } }\n  }\n"): (typeof documents)["\n  mutation ApplyForBooth($input: BoothInput!) {\n    applyForBooth(input: $input) { id status postingIds note event { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBoothDetail {\n    myBooths {\n      id status note declineReason createdAt decidedAt postingIds\n      event { id title status mode startsAt endsAt venueName address county { code nameZh nameEn } }\n      postings { id title reserved }\n      applicants {\n        id status createdAt\n        seeker { id name }\n        posting { id title }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyBoothDetail {\n    myBooths {\n      id status note declineReason createdAt decidedAt postingIds\n      event { id title status mode startsAt endsAt venueName address county { code nameZh nameEn } }\n      postings { id title reserved }\n      applicants {\n        id status createdAt\n        seeker { id name }\n        posting { id title }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptBoothInvitation($boothId: ID!, $postingIds: [ID!]!) {\n    acceptBoothInvitation(boothId: $boothId, postingIds: $postingIds) { id status postingIds postings { id title reserved } }\n  }\n"): (typeof documents)["\n  mutation AcceptBoothInvitation($boothId: ID!, $postingIds: [ID!]!) {\n    acceptBoothInvitation(boothId: $boothId, postingIds: $postingIds) { id status postingIds postings { id title reserved } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBoothPostings($boothId: ID!, $postingIds: [ID!]!) {\n    setBoothPostings(boothId: $boothId, postingIds: $postingIds) { id postingIds postings { id title reserved } }\n  }\n"): (typeof documents)["\n  mutation SetBoothPostings($boothId: ID!, $postingIds: [ID!]!) {\n    setBoothPostings(boothId: $boothId, postingIds: $postingIds) { id postingIds postings { id title reserved } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawBooth($boothId: ID!) { withdrawBooth(boothId: $boothId) { id status } }\n"): (typeof documents)["\n  mutation WithdrawBooth($boothId: ID!) { withdrawBooth(boothId: $boothId) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoothPostingOptions {\n    myPostings(status: PUBLISHED, page: { page: 1, pageSize: 100 }) {\n      total\n      items { id title reserved openingsLeft employmentForm }\n    }\n  }\n"): (typeof documents)["\n  query BoothPostingOptions {\n    myPostings(status: PUBLISHED, page: { page: 1, pageSize: 100 }) {\n      total\n      items { id title reserved openingsLeft employmentForm }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerEvents {\n    myOrganization { id name verificationStatus }\n    myBooths {\n      id status declineReason createdAt\n      event { id title status mode startsAt endsAt venueName address county { code nameZh nameEn } }\n      postings { id title reserved }\n      applicants { id }\n    }\n    events(page: { page: 1, pageSize: 100 }) {\n      total\n      items {\n        id title status kind mode startsAt endsAt venueName address openToBoothApplications boothLimit boothCount\n        county { code nameZh nameEn }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployerEvents {\n    myOrganization { id name verificationStatus }\n    myBooths {\n      id status declineReason createdAt\n      event { id title status mode startsAt endsAt venueName address county { code nameZh nameEn } }\n      postings { id title reserved }\n      applicants { id }\n    }\n    events(page: { page: 1, pageSize: 100 }) {\n      total\n      items {\n        id title status kind mode startsAt endsAt venueName address openToBoothApplications boothLimit boothCount\n        county { code nameZh nameEn }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount { myNotifications(page: { page: 1, pageSize: 1 }, unreadOnly: true) { unread } }\n"): (typeof documents)["\n  query UnreadNotificationCount { myNotifications(page: { page: 1, pageSize: 1 }, unreadOnly: true) { unread } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      total page pageSize unread\n      items { id kind title body createdAt readAt eventId }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      total page pageSize unread\n      items { id kind title body createdAt readAt eventId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($id: ID) { markNotificationsRead(id: $id) }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($id: ID) { markNotificationsRead(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventApplyContext($eventId: ID!, $postingId: ID!) {\n    event(id: $eventId) { id title status myRegistration { id status } }\n    posting(id: $postingId) { id title reserved status organization { id name } myApplication { id status } }\n  }\n"): (typeof documents)["\n  query EventApplyContext($eventId: ID!, $postingId: ID!) {\n    event(id: $eventId) { id title status myRegistration { id status } }\n    posting(id: $postingId) { id title reserved status organization { id name } myApplication { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyAtEvent($input: ApplyInput!) {\n    applyToPosting(input: $input) { id status eventId posting { id myApplication { id status } } }\n  }\n"): (typeof documents)["\n  mutation ApplyAtEvent($input: ApplyInput!) {\n    applyToPosting(input: $input) { id status eventId posting { id myApplication { id status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      description onlineUrl accessibilityNote cancelReason\n      graduationYears targetCategories targetCounties targetOrganizationTypes\n      openToBoothApplications boothLimit boothCount\n      eligibility { eligible reasons }\n      myRegistration { id status waitlistPosition }\n      booths {\n        id status\n        organization { id name type }\n        postings { id title reserved openingsLeft status }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      description onlineUrl accessibilityNote cancelReason\n      graduationYears targetCategories targetCounties targetOrganizationTypes\n      openToBoothApplications boothLimit boothCount\n      eligibility { eligible reasons }\n      myRegistration { id status waitlistPosition }\n      booths {\n        id status\n        organization { id name type }\n        postings { id title reserved openingsLeft status }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowseEvents($filter: EventFilter, $page: PageInput) {\n    events(filter: $filter, page: $page) {\n      total page pageSize\n      items { ...EventCardFields }\n    }\n  }\n"): (typeof documents)["\n  query BrowseEvents($filter: EventFilter, $page: PageInput) {\n    events(filter: $filter, page: $page) {\n      total page pageSize\n      items { ...EventCardFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEventRegistrations {\n    myEventRegistrations {\n      id status createdAt checkedInAt waitlistPosition ticketCode ticketQrSvg\n      services { id service notes }\n      event {\n        id title status mode startsAt endsAt venueName address onlineUrl cancelReason\n        county { code nameZh nameEn }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEventRegistrations {\n    myEventRegistrations {\n      id status createdAt checkedInAt waitlistPosition ticketCode ticketQrSvg\n      services { id service notes }\n      event {\n        id title status mode startsAt endsAt venueName address onlineUrl cancelReason\n        county { code nameZh nameEn }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEventRegistration($registrationId: ID!) {\n    cancelEventRegistration(registrationId: $registrationId) {\n      id status cancelledAt ticketCode ticketQrSvg waitlistPosition\n      event { id registeredCount myRegistration { id status } }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEventRegistration($registrationId: ID!) {\n    cancelEventRegistration(registrationId: $registrationId) {\n      id status cancelledAt ticketCode ticketQrSvg waitlistPosition\n      event { id registeredCount myRegistration { id status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventRegisterContext($id: ID!) {\n    event(id: $id) {\n      id title status mode startsAt endsAt venueName address seekerCapacity registeredCount\n      registrationOpensAt registrationClosesAt\n      county { code nameZh nameEn }\n      serviceOffers { service quantity }\n      eligibility { eligible reasons }\n      myRegistration { id status waitlistPosition services { id service notes } }\n    }\n  }\n"): (typeof documents)["\n  query EventRegisterContext($id: ID!) {\n    event(id: $id) {\n      id title status mode startsAt endsAt venueName address seekerCapacity registeredCount\n      registrationOpensAt registrationClosesAt\n      county { code nameZh nameEn }\n      serviceOffers { service quantity }\n      eligibility { eligible reasons }\n      myRegistration { id status waitlistPosition services { id service notes } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForEvent($eventId: ID!, $services: [ServiceRequestInput!]!) {\n    registerForEvent(eventId: $eventId, services: $services) {\n      id status waitlistPosition services { id service notes }\n      event { id registeredCount myRegistration { id status waitlistPosition } }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForEvent($eventId: ID!, $services: [ServiceRequestInput!]!) {\n    registerForEvent(eventId: $eventId, services: $services) {\n      id status waitlistPosition services { id service notes }\n      event { id registeredCount myRegistration { id status waitlistPosition } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEventServiceRequests($registrationId: ID!, $services: [ServiceRequestInput!]!) {\n    updateEventServiceRequests(registrationId: $registrationId, services: $services) { id services { id service notes } }\n  }\n"): (typeof documents)["\n  mutation UpdateEventServiceRequests($registrationId: ID!, $services: [ServiceRequestInput!]!) {\n    updateEventServiceRequests(registrationId: $registrationId, services: $services) { id services { id service notes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInEvent($id: ID!) {\n    event(id: $id) { id title status startsAt endsAt overview { registered checkedIn } }\n  }\n"): (typeof documents)["\n  query CheckInEvent($id: ID!) {\n    event(id: $id) { id title status startsAt endsAt overview { registered checkedIn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInTicket($eventId: ID!, $ticketCode: String!) {\n    checkInTicket(eventId: $eventId, ticketCode: $ticketCode) { id status checkedInAt seeker { id name } }\n  }\n"): (typeof documents)["\n  mutation CheckInTicket($eventId: ID!, $ticketCode: String!) {\n    checkInTicket(eventId: $eventId, ticketCode: $ticketCode) { id status checkedInAt seeker { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventForEdit($id: ID!) {\n    event(id: $id) {\n      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt\n      venueName address onlineUrl latitude longitude accessibilityNote\n      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n      serviceOffers { service quantity }\n      graduationYears targetCategories targetCounties targetOrganizationTypes\n      seekerCapacity boothLimit openToBoothApplications registeredCount boothCount\n    }\n  }\n"): (typeof documents)["\n  query EventForEdit($id: ID!) {\n    event(id: $id) {\n      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt\n      venueName address onlineUrl latitude longitude accessibilityNote\n      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n      serviceOffers { service quantity }\n      graduationYears targetCategories targetCounties targetOrganizationTypes\n      seekerCapacity boothLimit openToBoothApplications registeredCount boothCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: EventInput!) { createEvent(input: $input) { id title status } }\n"): (typeof documents)["\n  mutation CreateEvent($input: EventInput!) { createEvent(input: $input) { id title status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt\n      venueName address onlineUrl latitude longitude accessibilityNote\n      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n      serviceOffers { service quantity }\n      graduationYears targetCategories targetCounties targetOrganizationTypes seekerCapacity boothLimit openToBoothApplications\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt\n      venueName address onlineUrl latitude longitude accessibilityNote\n      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n      serviceOffers { service quantity }\n      graduationYears targetCategories targetCounties targetOrganizationTypes seekerCapacity boothLimit openToBoothApplications\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffScope { me { id scopeCountyCode } }\n"): (typeof documents)["\n  query StaffScope { me { id scopeCountyCode } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventOutcomes($id: ID!) {\n    event(id: $id) {\n      id title status startsAt endsAt\n      outcomes {\n        registered attended applications interviews offers hires exportUrl\n        employers { organizationId organizationName applications interviews offers hires }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventOutcomes($id: ID!) {\n    event(id: $id) {\n      id title status startsAt endsAt\n      outcomes {\n        registered attended applications interviews offers hires exportUrl\n        employers { organizationId organizationName applications interviews offers hires }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffEventRegistrations($eventId: ID!, $status: RegistrationStatus) {\n    event(id: $eventId) { id title seekerCapacity registeredCount }\n    eventRegistrations(eventId: $eventId, status: $status) {\n      id status createdAt checkedInAt waitlistPosition\n      seeker { id name phone category }\n      services { id service notes }\n    }\n  }\n"): (typeof documents)["\n  query StaffEventRegistrations($eventId: ID!, $status: RegistrationStatus) {\n    event(id: $eventId) { id title seekerCapacity registeredCount }\n    eventRegistrations(eventId: $eventId, status: $status) {\n      id status createdAt checkedInAt waitlistPosition\n      seeker { id name phone category }\n      services { id service notes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffEvent($id: ID!) {\n    event(id: $id) {\n      id title kind mode status startsAt endsAt venueName address cancelReason seekerCapacity boothLimit openToBoothApplications\n      county { code nameZh nameEn }\n      overview {\n        registered waitlisted checkedIn cancelled\n        services { service requested offered shortage }\n        booths { invited applied approved declined withdrawn limit }\n      }\n      booths {\n        id status note declineReason createdAt\n        organization { id name type }\n        postings { id title reserved }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffEvent($id: ID!) {\n    event(id: $id) {\n      id title kind mode status startsAt endsAt venueName address cancelReason seekerCapacity boothLimit openToBoothApplications\n      county { code nameZh nameEn }\n      overview {\n        registered waitlisted checkedIn cancelled\n        services { service requested offered shortage }\n        booths { invited applied approved declined withdrawn limit }\n      }\n      booths {\n        id status note declineReason createdAt\n        organization { id name type }\n        postings { id title reserved }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishEvent($id: ID!) { publishEvent(id: $id) { id status } }\n"): (typeof documents)["\n  mutation PublishEvent($id: ID!) { publishEvent(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($id: ID!, $reason: String!) { cancelEvent(id: $id, reason: $reason) { id status cancelReason } }\n"): (typeof documents)["\n  mutation CancelEvent($id: ID!, $reason: String!) { cancelEvent(id: $id, reason: $reason) { id status cancelReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishEvent($id: ID!) { finishEvent(id: $id) { id status } }\n"): (typeof documents)["\n  mutation FinishEvent($id: ID!) { finishEvent(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideBooth($boothId: ID!, $approve: Boolean!, $reason: String) {\n    decideBooth(boothId: $boothId, approve: $approve, reason: $reason) { id status declineReason decidedAt }\n  }\n"): (typeof documents)["\n  mutation DecideBooth($boothId: ID!, $approve: Boolean!, $reason: String) {\n    decideBooth(boothId: $boothId, approve: $approve, reason: $reason) { id status declineReason decidedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteOrganizations {\n    organizations(filter: { verificationStatus: VERIFIED }, page: { page: 1, pageSize: 100 }) { items { id name } }\n  }\n"): (typeof documents)["\n  query InviteOrganizations {\n    organizations(filter: { verificationStatus: VERIFIED }, page: { page: 1, pageSize: 100 }) { items { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToEvent($eventId: ID!, $organizationId: ID!) { inviteToEvent(eventId: $eventId, organizationId: $organizationId) { id status } }\n"): (typeof documents)["\n  mutation InviteToEvent($eventId: ID!, $organizationId: ID!) { inviteToEvent(eventId: $eventId, organizationId: $organizationId) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffEvents($filter: EventFilter, $page: PageInput) {\n    events(filter: $filter, page: $page) {\n      total page pageSize\n      items { id title kind mode status startsAt endsAt seekerCapacity registeredCount boothLimit boothCount county { code nameZh nameEn } }\n    }\n  }\n"): (typeof documents)["\n  query StaffEvents($filter: EventFilter, $page: PageInput) {\n    events(filter: $filter, page: $page) {\n      total page pageSize\n      items { id title kind mode status startsAt endsAt seekerCapacity registeredCount boothLimit boothCount county { code nameZh nameEn } }\n    }\n  }\n"];
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
export function graphql(source: "\n  query UpcomingFairs {\n    events(page: { page: 1, pageSize: 3 }) {\n      total\n      items { id title startsAt mode venueName status county { code nameZh nameEn } }\n    }\n  }\n"): (typeof documents)["\n  query UpcomingFairs {\n    events(page: { page: 1, pageSize: 3 }) {\n      total\n      items { id title startsAt mode venueName status county { code nameZh nameEn } }\n    }\n  }\n"];
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