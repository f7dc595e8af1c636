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
    "\n  query EventDeliveryReport($eventId: ID!) {\n    eventDeliveryReport(eventId: $eventId) { recipients counts { channel status count } unreached { userId name phone role } }\n  }\n": typeof types.EventDeliveryReportDocument,
    "\n  query SeekerNotificationPreferences($seekerId: ID!) {\n    seekerNotificationPreferences(seekerId: $seekerId) { hasPhone hasEmail smsOff items { kind channels } }\n  }\n": typeof types.SeekerNotificationPreferencesDocument,
    "\n  query SessionStatus { sessionStatus { idleTimeoutSeconds expiresAt } }\n": typeof types.SessionStatusDocument,
    "\n  query Counties { counties { code nameZh nameEn } }\n": typeof types.CountiesDocument,
    "\n  fragment MatchFields on MatchModel {\n    score eligible\n    reasons { code text }\n    gaps { code text blocking closedBy subsidy fundingHints { code name } }\n  }\n": typeof types.MatchFieldsFragmentDoc,
    "\n  fragment PostingCardFields on Posting {\n    id title reserved employmentForm salaryMin salaryMax openingsLeft deadline supports\n    county { code nameZh nameEn }\n    organization { id name type verificationStatus }\n  }\n": typeof types.PostingCardFieldsFragmentDoc,
    "\n  fragment ResumeFields on Resume {\n    version updatedAt hiddenSections\n    education { school major degree enrolledOn graduatedOn }\n    work { employerName jobTitle startDate endDate duties }\n    skills { skill evidence }\n    certificates { certificateKind certificateName issuer issuedOn expiresOn }\n    languages { language proficiency }\n    assistiveTech { tool toolNote }\n    visibility { education work skills certificates languages assistiveTech }\n  }\n": typeof types.ResumeFieldsFragmentDoc,
    "\n  query Me {\n    me { id displayName role locale phone email scopeCountyCode mustChangePassword }\n  }\n": typeof types.MeDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences { hasPhone hasEmail smsOff items { kind channels isDefault } }\n  }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { hasPhone hasEmail smsOff items { kind channels isDefault } }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query Deliveries {\n    failedDeliveries(page: { pageSize: 50 }) { total items { id channel kind attempts lastError updatedAt recipientName recipientPhone } }\n    sentMessages(page: { pageSize: 50 }) { total items { id channel transport recipient kind subject body createdAt } }\n  }\n": typeof types.DeliveriesDocument,
    "\n  mutation RetryDelivery($id: ID!) { retryDelivery(id: $id) }\n": typeof types.RetryDeliveryDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }\n": typeof types.ResetPasswordDocument,
    "\n  query OnBehalfApplySeeker($id: ID!) { seeker(id: $id) { id name consents } }\n": typeof types.OnBehalfApplySeekerDocument,
    "\n  query OnBehalfFindJobs($query: String!) {\n    searchPostings(query: $query, page: { pageSize: 10 }) {\n      total items { posting { id title organization { id name } county { code nameZh nameEn } } }\n    }\n  }\n": typeof types.OnBehalfFindJobsDocument,
    "\n  mutation ApplyOnBehalf($seekerId: ID!, $input: ApplyInput!) {\n    applyOnBehalf(seekerId: $seekerId, input: $input) { id status posting { id title } onBehalf { staffName office } }\n  }\n": typeof types.ApplyOnBehalfDocument,
    "\n  query ApplyContext($id: ID!) {\n    posting(id: $id) { id title status openingsLeft organization { id name } myApplication { id status } }\n    myProfile { id name }\n  }\n": typeof types.ApplyContextDocument,
    "\n  mutation ApplyToPosting($input: ApplyInput!) {\n    applyToPosting(input: $input) { id status posting { id myApplication { id status } } }\n  }\n": typeof types.ApplyToPostingDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id status note createdAt declineReason\n      posting { id title status openingsLeft organization { id name } myMatch { ...MatchFields } myApplication { id status } }\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  mutation DeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) { id status declineReason respondedAt }\n  }\n": typeof types.DeclineInvitationDocument,
    "\n  query MyApplications($page: PageInput) {\n    myApplications(page: $page) {\n      total page pageSize\n      items {\n        id status moves createdAt updatedAt note accommodations accommodationNote rejectionReason unreadMessages\n        onBehalf { staffName office }\n        posting { id title organization { id name } county { code nameZh nameEn } }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n": typeof types.MyApplicationsDocument,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) { id status moves updatedAt history { id fromStatus toStatus reason createdAt } }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { id mustChangePassword }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { user { id role displayName mustChangePassword } }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id role displayName } }\n  }\n": typeof types.SignUpDocument,
    "\n  query MyCheckIns { myCheckIns { placementId month dueDate startDate organizationName personName answer recordedByStaff staffLeftOn } }\n": typeof types.MyCheckInsDocument,
    "\n  mutation AnswerPlacementCheckIn($placementId: ID!, $month: Int!, $stillEmployed: Boolean!, $leftOn: String) {\n    answerPlacementCheckIn(placementId: $placementId, month: $month, stillEmployed: $stillEmployed, leftOn: $leftOn) { id status source leftOn }\n  }\n": typeof types.AnswerPlacementCheckInDocument,
    "\n  query PostingApplicants($postingId: ID!, $status: ApplicationStatus, $page: PageInput) {\n    posting(id: $postingId) { id title status openings openingsLeft }\n    applicationsForPosting(postingId: $postingId, status: $status, page: $page) {\n      total page pageSize\n      items {\n        id status moves createdAt note accommodations accommodationNote rejectionReason unreadMessages\n        seeker {\n          id name age gender phone skills category level cannotDo supportsMust supportsNice education experience\n          county { code nameZh nameEn }\n          resume { ...ResumeFields }\n        }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n": typeof types.PostingApplicantsDocument,
    "\n  mutation MoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id status moves rejectionReason\n      history { id fromStatus toStatus reason createdAt }\n    }\n  }\n": typeof types.MoveApplicationDocument,
    "\n  query PostingCandidates($postingId: ID!, $page: PageInput) {\n    posting(id: $postingId) { id title status openingsLeft }\n    invitationsForPosting(postingId: $postingId) { id seekerId status declineReason }\n    candidates(postingId: $postingId, page: $page) {\n      total page pageSize\n      items {\n        seekerId maskedName ageRange countyCode education preferredForms skills\n        match { ...MatchFields }\n      }\n    }\n  }\n": typeof types.PostingCandidatesDocument,
    "\n  mutation InviteToApply($input: InviteToApplyInput!) {\n    inviteToApply(input: $input) { id seekerId status declineReason }\n  }\n": typeof types.InviteToApplyDocument,
    "\n  query MyPostings($status: PostingStatus, $page: PageInput) {\n    myOrganization { id name verificationStatus }\n    myPostings(status: $status, page: $page) {\n      total page pageSize\n      items { id title status reserved openings openingsLeft applicationCount deadline publishedAt updatedAt welfarePost campaigns { id nameZh nameEn } }\n    }\n  }\n": typeof types.MyPostingsDocument,
    "\n  mutation PublishPosting($id: ID!) { publishPosting(id: $id) { id status publishedAt } }\n": typeof types.PublishPostingDocument,
    "\n  mutation ClosePosting($id: ID!) { closePosting(id: $id) { id status closedAt } }\n": typeof types.ClosePostingDocument,
    "\n  query MyOrganization {\n    myOrganization {\n      id name creditCode type countyCode address description isSchool verificationStatus verificationNote verifiedAt\n      privateDetails { contactName contactPhone staffCount establishedPosts }\n      licence { fileName uploadedAt url }\n      verificationHistory { id decision fromStatus toStatus note closedPostings createdAt deciderOffice deciderName }\n    }\n  }\n": typeof types.MyOrganizationDocument,
    "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) { id name verificationStatus }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation ResubmitOrganization($id: ID!) {\n    resubmitOrganization(id: $id) { id verificationStatus verificationNote submittedAt }\n  }\n": typeof types.ResubmitOrganizationDocument,
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
    "\n  query EmployerEvents {\n    myOrganization { id name type verificationStatus }\n    myBooths {\n      id status declineReason createdAt\n      event { id title status mode startsAt endsAt venueName address county { code nameZh nameEn } }\n      postings { id title reserved }\n      applicants { id }\n    }\n    events(page: { page: 1, pageSize: 100 }) {\n      total\n      items {\n        id title status kind mode startsAt endsAt venueName address openToBoothApplications boothLimit boothCount targetOrganizationTypes\n        county { code nameZh nameEn }\n      }\n    }\n  }\n": typeof types.EmployerEventsDocument,
    "\n  query UnreadNotificationCount { myNotifications(page: { page: 1, pageSize: 1 }, unreadOnly: true) { unread } }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      total page pageSize unread\n      items { id kind title body createdAt readAt eventId }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($id: ID) { markNotificationsRead(id: $id) }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query EventApplyContext($eventId: ID!, $postingId: ID!) {\n    event(id: $eventId) { id title status myRegistration { id status } }\n    posting(id: $postingId) { id title reserved status organization { id name } myApplication { id status } }\n  }\n": typeof types.EventApplyContextDocument,
    "\n  mutation ApplyAtEvent($input: ApplyInput!) {\n    applyToPosting(input: $input) { id status eventId posting { id myApplication { id status } } }\n  }\n": typeof types.ApplyAtEventDocument,
    "\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      description onlineUrl accessibilityNote cancelReason\n      graduationYears targetCategories targetCounties targetOrganizationTypes\n      openToBoothApplications boothLimit boothCount\n      eligibility { eligible reasons }\n      myRegistration { id status waitlistPosition }\n      booths {\n        id status\n        organization { id name type }\n        postings { id title reserved openingsLeft status }\n      }\n    }\n  }\n": typeof types.EventDetailDocument,
    "\n  query BrowseEvents($filter: EventFilter, $page: PageInput) {\n    events(filter: $filter, page: $page) {\n      total page pageSize\n      items { ...EventCardFields }\n    }\n  }\n": typeof types.BrowseEventsDocument,
    "\n  query MyEventRegistrations {\n    myEventRegistrations {\n      id status createdAt checkedInAt waitlistPosition ticketCode ticketQrSvg\n      onBehalf { staffName office }\n      services { id service notes }\n      event {\n        id title status mode startsAt endsAt venueName address onlineUrl cancelReason\n        county { code nameZh nameEn }\n      }\n    }\n  }\n": typeof types.MyEventRegistrationsDocument,
    "\n  mutation CancelEventRegistration($registrationId: ID!) {\n    cancelEventRegistration(registrationId: $registrationId) {\n      id status cancelledAt ticketCode ticketQrSvg waitlistPosition\n      event { id registeredCount myRegistration { id status } }\n    }\n  }\n": typeof types.CancelEventRegistrationDocument,
    "\n  query EventRegisterContext($id: ID!) {\n    event(id: $id) {\n      id title status mode startsAt endsAt venueName address seekerCapacity registeredCount\n      registrationOpensAt registrationClosesAt\n      county { code nameZh nameEn }\n      serviceOffers { service quantity }\n      eligibility { eligible reasons }\n      myRegistration { id status waitlistPosition services { id service notes } }\n    }\n  }\n": typeof types.EventRegisterContextDocument,
    "\n  mutation RegisterForEvent($eventId: ID!, $services: [ServiceRequestInput!]!) {\n    registerForEvent(eventId: $eventId, services: $services) {\n      id status waitlistPosition services { id service notes }\n      event { id registeredCount myRegistration { id status waitlistPosition } }\n    }\n  }\n": typeof types.RegisterForEventDocument,
    "\n  mutation UpdateEventServiceRequests($registrationId: ID!, $services: [ServiceRequestInput!]!) {\n    updateEventServiceRequests(registrationId: $registrationId, services: $services) { id services { id service notes } }\n  }\n": typeof types.UpdateEventServiceRequestsDocument,
    "\n  query CheckInEvent($id: ID!) {\n    event(id: $id) { id title status startsAt endsAt canManage county { nameZh nameEn } overview { registered checkedIn } }\n  }\n": typeof types.CheckInEventDocument,
    "\n  mutation CheckInTicket($eventId: ID!, $ticketCode: String!) {\n    checkInTicket(eventId: $eventId, ticketCode: $ticketCode) { id status checkedInAt seeker { id name } services { id service notes } }\n  }\n": typeof types.CheckInTicketDocument,
    "\n  query EventForEdit($id: ID!) {\n    event(id: $id) {\n      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt\n      venueName address onlineUrl latitude longitude accessibilityNote\n      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n      serviceOffers { service quantity }\n      graduationYears targetCategories targetCounties targetOrganizationTypes\n      seekerCapacity boothLimit openToBoothApplications registeredCount boothCount canManage county { nameZh nameEn }\n    }\n  }\n": typeof types.EventForEditDocument,
    "\n  mutation CreateEvent($input: EventInput!) { createEvent(input: $input) { id title status } }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt\n      venueName address onlineUrl latitude longitude accessibilityNote\n      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n      serviceOffers { service quantity }\n      graduationYears targetCategories targetCounties targetOrganizationTypes seekerCapacity boothLimit openToBoothApplications\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  query StaffScope { me { id scopeCountyCode } }\n": typeof types.StaffScopeDocument,
    "\n  query EventOutcomes($id: ID!) {\n    event(id: $id) {\n      id title status startsAt endsAt canManage county { nameZh nameEn }\n      outcomes {\n        registered attended applications interviews offers hires exportUrl\n        employers { organizationId organizationName applications interviews offers hires }\n      }\n    }\n  }\n": typeof types.EventOutcomesDocument,
    "\n  query OnBehalfRegisterContext($id: ID!) {\n    seeker(id: $id) { id name consents }\n    events(page: { pageSize: 30 }) {\n      items { id title status startsAt endsAt seekerCapacity registeredCount serviceOffers { service quantity } }\n    }\n  }\n": typeof types.OnBehalfRegisterContextDocument,
    "\n  mutation RegisterOnBehalf($seekerId: ID!, $eventId: ID!, $services: [ServiceRequestInput!]!) {\n    registerOnBehalf(seekerId: $seekerId, eventId: $eventId, services: $services) {\n      id status waitlistPosition event { id title registeredCount } onBehalf { staffName office }\n    }\n  }\n": typeof types.RegisterOnBehalfDocument,
    "\n  query StaffEventRegistrations($eventId: ID!, $status: RegistrationStatus) {\n    event(id: $eventId) { id title seekerCapacity registeredCount }\n    eventRegistrations(eventId: $eventId, status: $status) {\n      id status createdAt checkedInAt waitlistPosition\n      seeker { id name phone category }\n      services { id service notes }\n    }\n  }\n": typeof types.StaffEventRegistrationsDocument,
    "\n  query StaffEvent($id: ID!) {\n    event(id: $id) {\n      id title kind mode status startsAt endsAt venueName address cancelReason seekerCapacity boothLimit openToBoothApplications canManage\n      county { code nameZh nameEn }\n      overview {\n        registered waitlisted checkedIn cancelled\n        services { service requested offered shortage }\n        booths { invited applied approved declined withdrawn limit }\n      }\n      booths {\n        id status note declineReason createdAt\n        organization { id name type }\n        postings { id title reserved }\n      }\n    }\n  }\n": typeof types.StaffEventDocument,
    "\n  mutation PublishEvent($id: ID!) { publishEvent(id: $id) { id status } }\n": typeof types.PublishEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) { cancelEvent(id: $id, reason: $reason) { id status cancelReason } }\n": typeof types.CancelEventDocument,
    "\n  mutation FinishEvent($id: ID!) { finishEvent(id: $id) { id status } }\n": typeof types.FinishEventDocument,
    "\n  mutation DecideBooth($boothId: ID!, $approve: Boolean!, $reason: String) {\n    decideBooth(boothId: $boothId, approve: $approve, reason: $reason) { id status declineReason decidedAt }\n  }\n": typeof types.DecideBoothDocument,
    "\n  query InviteOrganizations {\n    organizations(filter: { verificationStatus: VERIFIED }, page: { page: 1, pageSize: 100 }) { items { id name } }\n  }\n": typeof types.InviteOrganizationsDocument,
    "\n  mutation InviteToEvent($eventId: ID!, $organizationId: ID!) { inviteToEvent(eventId: $eventId, organizationId: $organizationId) { id status } }\n": typeof types.InviteToEventDocument,
    "\n  query StaffEvents($filter: EventFilter, $page: PageInput) {\n    events(filter: $filter, page: $page) {\n      total page pageSize\n      items { id title kind mode status startsAt endsAt seekerCapacity registeredCount boothLimit boothCount canManage county { code nameZh nameEn } }\n    }\n  }\n": typeof types.StaffEventsDocument,
    "\n  query FeaturedReserved {\n    postings(filter: { reservedOnly: true }, sort: NEWEST, page: { page: 1, pageSize: 6 }) {\n      total\n      items { ...PostingCardFields }\n    }\n  }\n": typeof types.FeaturedReservedDocument,
    "\n  query RecommendedPreview {\n    recommendedPostings(page: { page: 1, pageSize: 3 }) {\n      total\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n": typeof types.RecommendedPreviewDocument,
    "\n  query UpcomingFairs {\n    events(page: { page: 1, pageSize: 3 }) {\n      total\n      items { id title startsAt mode venueName status county { code nameZh nameEn } }\n    }\n  }\n": typeof types.UpcomingFairsDocument,
    "\n  query ApplicationConversation($id: ID!) {\n    application(id: $id) {\n      id status\n      posting { id title organization { id name } }\n      seeker { id name }\n      interviews {\n        id status startsAt durationMinutes mode place accessFeatures accessNote onlineUrl contact message seekerNote cancelReason\n        outcome outcomeNote calendarUrl\n        accommodations { accommodation status arrangement }\n        serviceRequests { id status handledNote }\n      }\n    }\n  }\n": typeof types.ApplicationConversationDocument,
    "\n  query CountyInterviews {\n    countyInterviews { interview { id applicationId startsAt } seekerName countyCode postingTitle organizationName openAccommodations }\n    serviceRequests { request { id kind status note createdAt } seekerName postingTitle organizationName startsAt }\n  }\n": typeof types.CountyInterviewsDocument,
    "\n  mutation HandleServiceRequest($input: HandleServiceRequestInput!) {\n    handleServiceRequest(input: $input) { id status handledNote }\n  }\n": typeof types.HandleServiceRequestDocument,
    "\n  mutation ScheduleInterview($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) { id status startsAt }\n  }\n": typeof types.ScheduleInterviewDocument,
    "\n  mutation RescheduleInterview($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) { id status startsAt durationMinutes mode place accessFeatures accessNote onlineUrl contact message seekerNote }\n  }\n": typeof types.RescheduleInterviewDocument,
    "\n  mutation RespondToInterview($input: RespondToInterviewInput!) {\n    respondToInterview(input: $input) { id status seekerNote }\n  }\n": typeof types.RespondToInterviewDocument,
    "\n  mutation ConfirmAccommodation($input: ConfirmAccommodationInput!) {\n    confirmAccommodation(input: $input) { accommodation status arrangement updatedAt }\n  }\n": typeof types.ConfirmAccommodationDocument,
    "\n  mutation CancelInterview($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) { id status cancelReason }\n  }\n": typeof types.CancelInterviewDocument,
    "\n  mutation RecordInterviewOutcome($input: RecordInterviewOutcomeInput!) {\n    recordInterviewOutcome(input: $input) { id status outcome outcomeNote }\n  }\n": typeof types.RecordInterviewOutcomeDocument,
    "\n  mutation RequestInterpreter($input: RequestInterpreterInput!) {\n    requestInterpreter(input: $input) { id status handledNote }\n  }\n": typeof types.RequestInterpreterDocument,
    "\n  fragment ThreadFields on MessageThreadModel {\n    applicationId unread closedAt closeReason canWrite canClose canInviteStaff maxLength\n    invitedStaff { userId displayName }\n    messages { id body senderRole senderName mine reportedByMe createdAt }\n  }\n": typeof types.ThreadFieldsFragmentDoc,
    "\n  query ApplicationMessages($applicationId: ID!) {\n    applicationMessages(applicationId: $applicationId) { ...ThreadFields }\n  }\n": typeof types.ApplicationMessagesDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...ThreadFields }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation MarkMessagesRead($applicationId: ID!) {\n    markMessagesRead(applicationId: $applicationId) { applicationId unread }\n  }\n": typeof types.MarkMessagesReadDocument,
    "\n  query ThreadStaffCandidates($applicationId: ID!) {\n    threadStaffCandidates(applicationId: $applicationId) { userId displayName }\n  }\n": typeof types.ThreadStaffCandidatesDocument,
    "\n  mutation InviteStaffToThread($input: InviteStaffToThreadInput!) {\n    inviteStaffToThread(input: $input) { applicationId canInviteStaff invitedStaff { userId displayName } }\n  }\n": typeof types.InviteStaffToThreadDocument,
    "\n  mutation ReportMessage($input: ReportMessageInput!) { reportMessage(input: $input) }\n": typeof types.ReportMessageDocument,
    "\n  mutation CloseThread($input: CloseThreadInput!) {\n    closeThread(input: $input) { applicationId closedAt closeReason canWrite canClose canInviteStaff }\n  }\n": typeof types.CloseThreadDocument,
    "\n  query ScheduleInterviewContext($id: ID!) {\n    application(id: $id) { id status posting { id title } seeker { id name } }\n  }\n": typeof types.ScheduleInterviewContextDocument,
    "\n  query PostingDetail($id: ID!) {\n    posting(id: $id) {\n      ...PostingCardFields\n      status description address openings educationRequired skills suitableCategories demands\n      relaxedAge relaxedHousehold relaxedExamRatio relaxationNote easyRead\n      organization { id name type description verificationStatus }\n      myApplication { id status }\n      myMatch { ...MatchFields gaps { code suggestedCourses { id title startsOn kind } } }\n    }\n  }\n": typeof types.PostingDetailDocument,
    "\n  query MyDataAccessLog($page: PageInput) {\n    myDataAccessLog(page: $page) {\n      total page pageSize\n      items { id at readerRole readerName readerCountyCode readerOrganization data purpose screen }\n    }\n  }\n": typeof types.MyDataAccessLogDocument,
    "\n  query ActsOnMyBehalf {\n    actsOnMyBehalf(page: { pageSize: 50 }) { total items { at kind text } }\n  }\n": typeof types.ActsOnMyBehalfDocument,
    "\n  query MyProfileFull {\n    myProfile {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n": typeof types.MyProfileFullDocument,
    "\n  mutation SaveMyProfile($input: SeekerProfileInput!) {\n    saveMyProfile(input: $input) {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n": typeof types.SaveMyProfileDocument,
    "\n  query CategoryDefaults($category: DisabilityCategory!) {\n    categoryDefaults(category: $category) { cannotDo supportsMust supportsNice }\n  }\n": typeof types.CategoryDefaultsDocument,
    "\n  query OnBehalfProfile($id: ID!) {\n    seeker(id: $id) {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n": typeof types.OnBehalfProfileDocument,
    "\n  mutation UpdateProfileOnBehalf($seekerId: ID!, $input: SeekerProfileInput!) {\n    updateProfileOnBehalf(seekerId: $seekerId, input: $input) { id name updatedAt }\n  }\n": typeof types.UpdateProfileOnBehalfDocument,
    "\n  query MyResume {\n    myProfile { id name }\n    myResume { ...ResumeFields }\n  }\n": typeof types.MyResumeDocument,
    "\n  mutation SaveResume($input: ResumeInput!) {\n    saveResume(input: $input) { ...ResumeFields }\n  }\n": typeof types.SaveResumeDocument,
    "\n  query MyTrainingCertificates {\n    myProfile { id trainingCertificates { enrolmentId courseTitle certificateKind certificateLevel certificateNumber issuedOn skills } }\n  }\n": typeof types.MyTrainingCertificatesDocument,
    "\n  query RecommendedJobs($page: PageInput) {\n    recommendedPostings(page: $page) {\n      total page pageSize\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n": typeof types.RecommendedJobsDocument,
    "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) { id name frequency }\n  }\n": typeof types.SaveSearchDocument,
    "\n  mutation UpdateSavedSearch($id: ID!, $input: UpdateSavedSearchInput!) {\n    updateSavedSearch(id: $id, input: $input) { id name frequency }\n  }\n": typeof types.UpdateSavedSearchDocument,
    "\n  mutation DeleteSavedSearch($id: ID!) { deleteSavedSearch(id: $id) }\n": typeof types.DeleteSavedSearchDocument,
    "\n  query MySavedSearches {\n    mySavedSearches {\n      id name query frequency path lastAlertedAt\n      filter { countyCodes employmentForms organizationTypes supportsAll demandsNone reservedOnly remoteOnly category salaryAtLeast }\n      lastAlert { id createdAt count items { posting { ...PostingCardFields } match { ...MatchFields } } }\n    }\n  }\n": typeof types.MySavedSearchesDocument,
    "\n  query SearchJobs(\n    $query: String, $filter: PostingSearchFilter, $sort: PostingSearchSort, $page: PageInput,\n    $withCounties: Boolean!, $countiesFilter: PostingSearchFilter,\n    $withForms: Boolean!, $formsFilter: PostingSearchFilter,\n    $withTypes: Boolean!, $typesFilter: PostingSearchFilter\n  ) {\n    searchPostings(query: $query, filter: $filter, sort: $sort, page: $page) {\n      total page pageSize matched relaxed\n      facets {\n        counties { value count }\n        employmentForms { value count }\n        organizationTypes { value count }\n        supports { value count }\n        reserved { value count }\n      }\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n        applied\n      }\n    }\n    countyCounts: searchPostings(query: $query, filter: $countiesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withCounties) {\n      facets { counties { value count } }\n    }\n    formCounts: searchPostings(query: $query, filter: $formsFilter, page: { page: 1, pageSize: 1 }) @include(if: $withForms) {\n      facets { employmentForms { value count } }\n    }\n    typeCounts: searchPostings(query: $query, filter: $typesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withTypes) {\n      facets { organizationTypes { value count } }\n    }\n  }\n": typeof types.SearchJobsDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      total page pageSize\n      items { id at action actorRole actorName actorCountyCode entity subjectName subjectCountyCode subjectSeekerId field purpose detail }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query StaffUsers($filter: StaffUserFilter, $page: PageInput) {\n    staffUsers(filter: $filter, page: $page) {\n      total page pageSize\n      items { id displayName phone role scopeCountyCode disabledAt }\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffInput!) {\n    createStaffUser(input: $input) { id displayName oneTimePassword }\n  }\n": typeof types.CreateStaffUserDocument,
    "\n  mutation UpdateStaffUser($userId: ID!, $input: UpdateStaffUserInput!) {\n    updateStaffUser(userId: $userId, input: $input) { id displayName scopeCountyCode }\n  }\n": typeof types.UpdateStaffUserDocument,
    "\n  mutation DisableStaffUser($userId: ID!) { disableStaffUser(userId: $userId) { id disabledAt } }\n": typeof types.DisableStaffUserDocument,
    "\n  mutation EnableStaffUser($userId: ID!) { enableStaffUser(userId: $userId) { id disabledAt } }\n": typeof types.EnableStaffUserDocument,
    "\n  query CampaignForEdit($id: ID!) {\n    campaign(id: $id) { id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes source canManage }\n  }\n": typeof types.CampaignForEditDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) { createCampaign(input: $input) { id nameZh nameEn } }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { id nameZh nameEn } }\n": typeof types.UpdateCampaignDocument,
    "\n  query CampaignDetail($id: ID!, $from: String, $counties: [String!]) {\n    campaign(id: $id) {\n      id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes source canManage\n      progress { countedTo people organizations peopleShare organizationsShare targetUnverified byCounty { countyCode people organizations } }\n      fairs { id title startsAt }\n      postings { id title countyCode }\n      placements { placementId startDate countyCode organizationName postingTitle routes counted excluded }\n    }\n    events(filter: { from: $from }, page: { pageSize: 50 }) { items { id title startsAt } }\n    postingChoices: postings(filter: { countyCodes: $counties }, page: { pageSize: 50 }) { items { id title countyCode } }\n  }\n": typeof types.CampaignDetailDocument,
    "\n  mutation LinkToCampaign($input: CampaignLinkInput!) { linkToCampaign(input: $input) { id } }\n": typeof types.LinkToCampaignDocument,
    "\n  mutation UnlinkFromCampaign($input: CampaignLinkInput!) { unlinkFromCampaign(input: $input) { id } }\n": typeof types.UnlinkFromCampaignDocument,
    "\n  query CampaignHead($id: ID!) { campaign(id: $id) { id nameZh nameEn canManage } }\n": typeof types.CampaignHeadDocument,
    "\n  query CampaignPlacementChoices($id: ID!, $q: String!) {\n    campaignPlacementChoices(campaignId: $id, query: $q, page: { pageSize: 50 }) {\n      total items { placementId personName organizationName postingTitle countyCode startDate linked excluded }\n    }\n  }\n": typeof types.CampaignPlacementChoicesDocument,
    "\n  query CampaignsList {\n    campaigns { id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes canManage }\n  }\n": typeof types.CampaignsListDocument,
    "\n  query CampaignsInProgress($countyCode: String) {\n    campaignsInProgress(countyCode: $countyCode) {\n      id nameZh nameEn targetPeople targetOrganizations targetSource\n      progress { people organizations peopleShare organizationsShare }\n    }\n  }\n": typeof types.CampaignsInProgressDocument,
    "\n  query WelfarePosts {\n    welfarePosts { count planMin planMax planSource postings { id title countyCode } }\n    postings(filter: { employmentForms: [PUBLIC_WELFARE] }, page: { pageSize: 50 }) { items { id title countyCode welfarePost } }\n  }\n": typeof types.WelfarePostsDocument,
    "mutation MarkWelfarePost($postingId: ID!) { markWelfarePost(postingId: $postingId) }": typeof types.MarkWelfarePostDocument,
    "mutation UnmarkWelfarePost($postingId: ID!) { unmarkWelfarePost(postingId: $postingId) }": typeof types.UnmarkWelfarePostDocument,
    "\n  query FourOnesCoverage($year: Int!, $countyCode: String) {\n    fourOnesCoverage(year: $year, countyCode: $countyCode) {\n      countyCode population checked wantingWork assessed registered served complete\n    }\n  }\n": typeof types.FourOnesCoverageDocument,
    "\n  query SeekersMissingService($year: Int!, $kind: ServiceKind!, $countyCode: String, $page: PageInput) {\n    seekersMissingService(year: $year, kind: $kind, countyCode: $countyCode, page: $page) {\n      total page pageSize\n      items { id name age countyCode category level }\n    }\n  }\n": typeof types.SeekersMissingServiceDocument,
    "\n  mutation SaveGraduatePlan($input: GraduatePlanInput!) {\n    saveGraduatePlan(input: $input) { seekerId status wantsWork ableToWork plan updatedAt }\n  }\n": typeof types.SaveGraduatePlanDocument,
    "\n  mutation AddLedgerEntry($input: LedgerEntryInput!) {\n    addLedgerEntry(input: $input) { id kind entryDate followUpMonth notes }\n  }\n": typeof types.AddLedgerEntryDocument,
    "\n  query GraduateLedger($filter: GraduateLedgerFilter, $page: PageInput) {\n    graduateLedger(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        seekerId name countyCode graduateYear graduateSchool contacts services referrals fairsAttended\n        placementStart organizationName\n        plan { seekerId status }\n        followUps { month dueDate done overdue }\n      }\n    }\n  }\n": typeof types.GraduateLedgerDocument,
    "\n  query GraduateDetail($seekerId: ID!) {\n    graduateLedger(filter: { seekerId: $seekerId }, page: { pageSize: 1 }) {\n      items {\n        seekerId name countyCode graduateYear graduateSchool contacts services referrals fairsAttended\n        placementId placementStart organizationName\n        plan { seekerId status wantsWork ableToWork plan updatedAt }\n        followUps { month dueDate done overdue }\n      }\n    }\n    ledgerEntries(seekerId: $seekerId) { id kind entryDate followUpMonth notes }\n  }\n": typeof types.GraduateDetailDocument,
    "\n  mutation RecordSignedConsentOnBehalf($seekerId: ID!, $granted: Boolean!, $signedOn: String!) {\n    recordSignedConsentOnBehalf(seekerId: $seekerId, granted: $granted, signedOn: $signedOn) { id consents }\n  }\n": typeof types.RecordSignedConsentOnBehalfDocument,
    "\n  query SeekerServices($id: ID!, $year: Int!) {\n    seeker(id: $id) { id name age countyCode category level certificateNumber employmentStatus graduateYear consents }\n    serviceRecords(seekerId: $id, year: $year) { id kind serviceDate intention outcome notes staffName }\n    jobCoach(seekerId: $id) { coachUserId coachName assignedAt }\n    coachCandidates(seekerId: $id) { userId name countyCode }\n  }\n": typeof types.SeekerServicesDocument,
    "\n  mutation AssignJobCoach($seekerId: ID!, $coachUserId: ID!) { assignJobCoach(seekerId: $seekerId, coachUserId: $coachUserId) }\n": typeof types.AssignJobCoachDocument,
    "\n  mutation RecordService($input: ServiceRecordInput!) {\n    recordService(input: $input) { id kind serviceDate intention outcome notes staffName }\n  }\n": typeof types.RecordServiceDocument,
    "\n  mutation DecideIntegrityFlag($id: ID!, $confirmed: Boolean!, $note: String!, $notGenuine: [ID!]) {\n    decideIntegrityFlag(id: $id, confirmed: $confirmed, note: $note, notGenuine: $notGenuine) { id status note decidedAt }\n  }\n": typeof types.DecideIntegrityFlagDocument,
    "\n  query EmployerGenuineness($filter: GenuinenessFilter!) {\n    employerGenuineness(filter: $filter) {\n      total page pageSize\n      items {\n        organizationId organizationName countyCode concerns\n        timeToFill { medianDays postings }\n        fillRate { ...GenuinenessFigureFields }\n        interviewRate { ...GenuinenessFigureFields }\n        retention6 { ...GenuinenessFigureFields }\n        endedWithin3Months { ...GenuinenessFigureFields }\n        belowMinimumWage { ...GenuinenessFigureFields }\n        insuranceMonths { ...GenuinenessFigureFields }\n        postings {\n          postingId title publishedOn daysToFill\n          fillRate { ...GenuinenessFigureFields }\n          interviewRate { ...GenuinenessFigureFields }\n        }\n      }\n    }\n  }\n  fragment GenuinenessFigureFields on GenuinenessFigure { numerator denominator rate cases thresholdPercent pastThreshold }\n": typeof types.EmployerGenuinenessDocument,
    "\n  query GenuinenessSettings { policySettings { key value } }\n": typeof types.GenuinenessSettingsDocument,
    "\n  query EmployerOpenFlags($organizationId: ID!) {\n    integrityFlags(filter: { organizationId: $organizationId, status: OPEN }, page: { pageSize: 100 }) { total items { id kind } }\n  }\n": typeof types.EmployerOpenFlagsDocument,
    "\n  query SeekerImport($id: ID!, $problemPage: PageInput) {\n    seekerImport(id: $id) {\n      id fileName format createdAt finishedAt status validOnly progress totalRows processedRows\n      createdCount updatedCount unchangedCount errorRows message errorReportUrl\n      problems(page: $problemPage) { total page pageSize items { rowNumber column message } }\n    }\n  }\n": typeof types.SeekerImportDocument,
    "\n  query SeekerImports($page: PageInput) {\n    seekerImports(page: $page) {\n      total page pageSize\n      items { id fileName createdAt status validOnly createdCount updatedCount unchangedCount errorRows }\n    }\n  }\n": typeof types.SeekerImportsDocument,
    "\n  query IntegrityFlags($filter: IntegrityFlagFilter, $page: PageInput) {\n    integrityFlags(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        id kind status countyCode createdAt decidedAt note details placementIds seekerId organizationId\n        seeker { id name }\n        organization { id name }\n        organizations { id name }\n        postings { id title }\n        placements { id personName organizationName startDate counted }\n      }\n    }\n  }\n": typeof types.IntegrityFlagsDocument,
    "\n  mutation RunIntegrityChecks {\n    runIntegrityChecks {\n      doubleCounted shortPlacements staleReservedPostings noHistory lowFillRate lowInterviewRate lowRetention earlyEndings insuranceGaps payBelowMinimum\n    }\n  }\n": typeof types.RunIntegrityChecksDocument,
    "\n  query MyGenuineness($filter: GenuinenessFilter!) {\n    employerGenuineness(filter: $filter) {\n      items {\n        organizationId organizationName concerns minCases minPostingAgeDays\n        timeToFill { medianDays postings }\n        fillRate { numerator denominator rate cases thresholdPercent pastThreshold }\n        interviewRate { numerator denominator rate cases thresholdPercent pastThreshold }\n        retention6 { numerator denominator rate cases thresholdPercent pastThreshold }\n        endedWithin3Months { numerator denominator rate cases thresholdPercent pastThreshold }\n        belowMinimumWage { numerator denominator rate cases thresholdPercent pastThreshold }\n        insuranceMonths { numerator denominator rate cases thresholdPercent pastThreshold }\n        postings {\n          postingId title publishedOn daysToFill\n          fillRate { numerator denominator rate }\n          interviewRate { numerator denominator rate }\n        }\n      }\n    }\n  }\n": typeof types.MyGenuinenessDocument,
    "\n  query MyIntegrityFindings { myIntegrityFindings { id kind decidedAt finding evidence note placementsExcluded } }\n": typeof types.MyIntegrityFindingsDocument,
    "\n  query MassageClinicForEdit($id: ID!) {\n    massageClinic(id: $id) { id kind registrationNumber medicalInsuranceDesignated registeredOn endedOn organization { id name } }\n  }\n": typeof types.MassageClinicForEditDocument,
    "\n  query MassageQualificationForEdit($id: ID!) {\n    massageQualification(id: $id) { id kind skillLevel issuer issuedOn person { id name } }\n  }\n": typeof types.MassageQualificationForEditDocument,
    "\n  query MassageRegister {\n    massageClinics(page: { pageSize: 100 }) {\n      total items { id kind registrationNumber countyCode medicalInsuranceDesignated registeredOn endedOn organization { id name } }\n    }\n    massageQualifications(page: { pageSize: 100 }) {\n      total items { id kind skillLevel issuer issuedOn countyCode person { id name } records { id kind heldOn hours passed } }\n    }\n  }\n": typeof types.MassageRegisterDocument,
    "\n  mutation RegisterMassageClinic($input: MassageClinicInput!) { registerMassageClinic(input: $input) { id } }\n": typeof types.RegisterMassageClinicDocument,
    "\n  mutation UpdateMassageClinic($id: ID!, $input: MassageClinicUpdateInput!) { updateMassageClinic(id: $id, input: $input) { id } }\n": typeof types.UpdateMassageClinicDocument,
    "\n  mutation RecordMassageQualification($input: MassageQualificationInput!) { recordMassageQualification(input: $input) { id } }\n": typeof types.RecordMassageQualificationDocument,
    "\n  mutation UpdateMassageQualification($id: ID!, $input: MassageQualificationUpdateInput!) { updateMassageQualification(id: $id, input: $input) { id } }\n": typeof types.UpdateMassageQualificationDocument,
    "\n  mutation AddMassageRecord($input: MassageRecordInput!) { addMassageRecord(input: $input) { id } }\n": typeof types.AddMassageRecordDocument,
    "\n  mutation RecordPlacementFollowUp($input: RecordFollowUpInput!) {\n    recordPlacementFollowUp(input: $input) { id placementId month status source checkedOn leftOn }\n  }\n": typeof types.RecordPlacementFollowUpDocument,
    "\n  query FollowUps($filter: FollowUpListFilter, $page: PageInput) {\n    placementFollowUps(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        placementId personName organizationName countyCode startDate endDate\n        months { month dueDate done overdue awaitingConfirmation }\n        answers { id month source status checkedOn leftOn }\n      }\n    }\n  }\n": typeof types.FollowUpsDocument,
    "\n  query OutcomeFigures($filter: RetentionFilter!) {\n    retention(filter: $filter) {\n      from to asOf countyCode months\n      total { months due retained left unknown rate }\n      byCounty { key counts { months due retained left unknown rate } }\n      byCategory { key counts { months due retained left unknown rate } }\n      byLevel { key counts { months due retained left unknown rate } }\n      byForm { key counts { months due retained left unknown rate } }\n      byEmployerType { key counts { months due retained left unknown rate } }\n      byActionLine { key counts { months due retained left unknown rate } }\n    }\n    outcomeFunnel(filter: $filter) { from to asOf registered active applied interviewed hired due6 retained6 due12 retained12 }\n  }\n": typeof types.OutcomeFiguresDocument,
    "\n  mutation EndPlacement($id: ID!, $endDate: String!, $reason: PlacementEndReason!, $note: String) {\n    endPlacement(id: $id, endDate: $endDate, reason: $reason, note: $note) { id endDate endReason }\n  }\n": typeof types.EndPlacementDocument,
    "\n  mutation CorrectPlacement($id: ID!, $input: CorrectPlacementInput!) {\n    correctPlacement(id: $id, input: $input) { id startDate endDate endReason employmentForm actionLine evidence note organization { id name } }\n  }\n": typeof types.CorrectPlacementDocument,
    "\n  query PlacementDetail($id: ID!) {\n    placement(id: $id) {\n      id startDate endDate endReason employmentForm actionLine countyCode source postingId counted excludedReason evidence note\n      contractKind contractMonths monthlyWage socialInsuranceFull\n      seeker { id name } organization { id name } workshop { id name }\n      history { id kind reason actorName createdAt changes { field from to } }\n    }\n  }\n": typeof types.PlacementDetailDocument,
    "\n  query PlacementList($filter: PlacementFilter, $page: PageInput) {\n    placements(filter: $filter, page: $page) {\n      total page pageSize\n      items { id startDate endDate employmentForm counted countyCode seeker { id name } organization { id name } }\n    }\n  }\n": typeof types.PlacementListDocument,
    "\n  mutation RecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }\n": typeof types.RecordPlacementDocument,
    "\n  query FindSeekers($query: String!) { seekers(filter: { query: $query }, page: { pageSize: 10 }) { items { id name countyCode birthDate } } }\n": typeof types.FindSeekersDocument,
    "\n  query FindOrganizations($query: String!) { organizations(filter: { query: $query }, page: { pageSize: 10 }) { items { id name countyCode } } }\n": typeof types.FindOrganizationsDocument,
    "\n  query SeekerName($id: ID!) { seeker(id: $id) { id name countyCode } }\n": typeof types.SeekerNameDocument,
    "\n  query PriorityOutreach($countyCode: String, $group: PriorityGroup, $page: PageInput) {\n    priorityOutreach(countyCode: $countyCode, group: $group, page: $page) {\n      asOf servedFrom countyCode group\n      counts { countyCode countyName group registered notEmployed notServed listed }\n      people { total page pageSize items { seekerId maskedName countyCode countyName groups reasons } }\n    }\n  }\n": typeof types.PriorityOutreachDocument,
    "\n  query ActionPlanDashboard($countyCode: String, $planId: ID) {\n    plans { id title startDate endDate }\n    actionPlanDashboard(countyCode: $countyCode, planId: $planId) {\n      countyCode elapsedShare target achievedShare asOf planStatus noPlanInForce periodStart periodEnd\n      graduateServiceRateTarget graduateEmploymentRateTarget publicWelfareShareTarget\n      yearlyPace { perYear expectedToDate total months achievedShare }\n      plan { id title issuingBody documentNumber basis { title documentNumber } startDate endDate targets { countyCode } }\n      targetProgress { metric target year countyCode actionLine source from to figure achievedShare met }\n      placements {\n        total\n        byCounty { key count }\n        byActionLine { key count }\n        byForm { key count }\n        byCategory { key count }\n        byYear { key count }\n        byQuarter { year quarter count }\n      }\n      graduates { wantingAndAble served employed serviceRate employmentRate byCohort { year wantingAndAble served employed serviceRate employmentRate } }\n      publicWelfare { disabledHires totalPosts share }\n      priorityGroups { group registered employed served }\n    }\n  }\n": typeof types.ActionPlanDashboardDocument,
    "\n  query PlanForEdit($id: ID!) {\n    plan(id: $id) {\n      id title issuingBody documentNumber basis { title documentNumber } startDate endDate notes status\n      targets { id metric value year countyCode actionLine source }\n    }\n  }\n": typeof types.PlanForEditDocument,
    "\n  mutation SavePlan($input: PlanInput!) { savePlan(input: $input) { id title startDate endDate } }\n": typeof types.SavePlanDocument,
    "\n  mutation DeletePlan($id: ID!) { deletePlan(id: $id) }\n": typeof types.DeletePlanDocument,
    "\n  query PlansList {\n    plans { id title startDate endDate status issuingBody documentNumber targets { id metric value year countyCode actionLine } }\n  }\n": typeof types.PlansListDocument,
    "\n  mutation SetPublicWelfarePosts($countyCode: String!, $year: Int!, $total: Int!, $source: String!) {\n    setPublicWelfarePosts(countyCode: $countyCode, year: $year, total: $total, source: $source)\n  }\n": typeof types.SetPublicWelfarePostsDocument,
    "\n  query QuarterlyReportPlans { plans { id title startDate endDate } }\n": typeof types.QuarterlyReportPlansDocument,
    "\n  query QuarterlyReport($year: Int, $quarter: Int, $countyCode: String, $planId: ID) {\n    quarterlyReport(year: $year, quarter: $quarter, countyCode: $countyCode, planId: $planId) {\n      year quarter from to countyCode exportUrl\n      plan { id title issuingBody documentNumber basis { title documentNumber } startDate endDate }\n      rows { countyCode countyName quarter yearToDate planToDate }\n      totals { quarter yearToDate planToDate }\n      byActionLine { key count }\n      byForm { key count }\n      byCategory { key count }\n      yearTarget { target source figure achievedShare }\n      fourOnes { year population checked checkRate wantingWork assessed registered served complete coverageRate }\n      graduateCohorts { year wantingAndAble served employed serviceRate employmentRate }\n      publicWelfare { disabledHires totalPosts share }\n      retention { months retained left unknown notDue rate }\n    }\n  }\n": typeof types.QuarterlyReportDocument,
    "\n  query QuarterlySubmissions($year: Int!, $quarter: Int!) {\n    quarterlySubmissions(year: $year, quarter: $quarter) { countyCode countyName state latest { id version status signerName submittedAt } }\n  }\n": typeof types.QuarterlySubmissionsDocument,
    "\n  query CountySubmissionVersions($year: Int!, $quarter: Int!, $countyCode: String!) {\n    quarterlySubmissionVersions(year: $year, quarter: $quarter, countyCode: $countyCode) {\n      id version status signerName submittedAt returnedAt returnReason figures { key value }\n    }\n  }\n": typeof types.CountySubmissionVersionsDocument,
    "\n  mutation ReturnQuarterlyReport($id: ID!, $reason: String!) { returnQuarterlyReport(id: $id, reason: $reason) { id status returnReason returnedAt } }\n": typeof types.ReturnQuarterlyReportDocument,
    "\n  query CompareQuarterlySubmissions($fromId: ID!, $toId: ID!) { compareQuarterlySubmissions(fromId: $fromId, toId: $toId) { key before after } }\n": typeof types.CompareQuarterlySubmissionsDocument,
    "\n  query QuarterlySubmissionVersions($year: Int!, $quarter: Int!, $countyCode: String!) {\n    quarterlySubmissionVersions(year: $year, quarter: $quarter, countyCode: $countyCode) { id version status signerName submittedAt returnedAt returnReason }\n  }\n": typeof types.QuarterlySubmissionVersionsDocument,
    "\n  mutation SubmitQuarterlyReport($year: Int!, $quarter: Int!, $countyCode: String!) {\n    submitQuarterlyReport(year: $year, quarter: $quarter, countyCode: $countyCode) { id version status signerName submittedAt returnedAt returnReason }\n  }\n": typeof types.SubmitQuarterlyReportDocument,
    "\n  mutation SetPlacementContract($placementId: ID!, $input: PlacementContractInput!) {\n    setPlacementContract(placementId: $placementId, input: $input) {\n      placementId contractKind contractMonths monthlyWage socialInsuranceFull partTime\n    }\n  }\n": typeof types.SetPlacementContractDocument,
    "\n  query EmployerQuotaOrganization { myOrganization { id name type } }\n": typeof types.EmployerQuotaOrganizationDocument,
    "\n  query EmployerQuotaPosition($organizationId: ID!, $year: Int!) {\n    quotaPosition(organizationId: $organizationId, year: $year) { ...QuotaPositionFields }\n    organizationYears(organizationId: $organizationId) { year staffCount averageWage establishedPosts }\n  }\n": typeof types.EmployerQuotaPositionDocument,
    "\n  mutation SaveOrganizationYear($input: OrganizationYearInput!) {\n    saveOrganizationYear(input: $input) { organizationId year staffCount averageWage establishedPosts }\n  }\n": typeof types.SaveOrganizationYearDocument,
    "\n  query EmployerQuotaReviewPack($organizationId: ID!, $year: Int!) {\n    quotaReviewPack(organizationId: $organizationId, year: $year) { ...QuotaReviewPackFields }\n  }\n": typeof types.EmployerQuotaReviewPackDocument,
    "\n  mutation SetInsuranceMonths($placementId: ID!, $year: Int!, $months: Int!) {\n    setInsuranceMonths(placementId: $placementId, year: $year, months: $months) { placementId year insuranceMonths }\n  }\n": typeof types.SetInsuranceMonthsDocument,
    "\n  mutation SubmitQuotaReviewPack($organizationId: ID!, $year: Int!) {\n    submitQuotaReviewPack(organizationId: $organizationId, year: $year) { id version status }\n  }\n": typeof types.SubmitQuotaReviewPackDocument,
    "\n  query PolicySettings {\n    policySettings { key label value source confirmed updatedBy updatedByName updatedAt defaultValue }\n  }\n": typeof types.PolicySettingsDocument,
    "\n  query PolicySettingHistory($key: String!) {\n    policySettingHistory(key: $key) { id oldValue newValue oldSource newSource note changedBy changedByName changedAt }\n  }\n": typeof types.PolicySettingHistoryDocument,
    "\n  mutation UpdatePolicySetting($key: String!, $value: JSON!, $source: String, $note: String) {\n    updatePolicySetting(key: $key, value: $value, source: $source, note: $note) {\n      key value source confirmed updatedBy updatedByName updatedAt\n    }\n  }\n": typeof types.UpdatePolicySettingDocument,
    "\n  query OrganizationsBelowQuota($year: Int!, $countyCode: String, $page: PageInput) {\n    organizationsBelowQuota(year: $year, countyCode: $countyCode, page: $page) {\n      total page pageSize\n      items {\n        organizationId staffCount required counted achievedRatioPercent ratioMet atLeastOneApplies atLeastOneMet\n        levyPayable smallEnterpriseExempt wageEstimated\n        organization { id name type countyCode }\n      }\n    }\n  }\n": typeof types.OrganizationsBelowQuotaDocument,
    "\n  query StaffQuotaPosition($organizationId: ID!, $year: Int!) {\n    quotaPosition(organizationId: $organizationId, year: $year) {\n      ...QuotaPositionFields\n      organization { id name type countyCode }\n    }\n  }\n": typeof types.StaffQuotaPositionDocument,
    "\n  fragment QuotaPositionFields on QuotaPosition {\n    organizationId year provisional yearDataEntered staffCount averageWage ratioPercent requiredExact required counted\n    countedPeople achievedRatioPercent ratioMet atLeastOneApplies atLeastOneMet shortfall socialAverageWage\n    socialAverageWageYear wageCap levyWage wageCapped levyDue reductionPayPercent smallEnterpriseExempt levyPayable wageEstimated notes\n    people {\n      seekerId name certificateNumber severe weight months units counts graduateFullYear reasons\n      placements { placementId startDate contractKind contractMonths monthlyWage socialInsuranceFull }\n    }\n  }\n": typeof types.QuotaPositionFieldsFragmentDoc,
    "\n  query QuotaReviewSubmission($id: ID!) { quotaReviewSubmission(id: $id) { ...QuotaReviewPackFields } }\n": typeof types.QuotaReviewSubmissionDocument,
    "\n  mutation ConfirmQuotaReviewPack($id: ID!) { confirmQuotaReviewPack(id: $id) { id status reviewedAt reviewedByName } }\n": typeof types.ConfirmQuotaReviewPackDocument,
    "\n  mutation ReturnQuotaReviewPack($id: ID!, $reason: String!) { returnQuotaReviewPack(id: $id, reason: $reason) { id status returnReason } }\n": typeof types.ReturnQuotaReviewPackDocument,
    "\n  fragment QuotaReviewRowFields on QuotaReviewSubmission {\n    id organizationId organizationName countyCode year version status submittedAt submittedByName reviewedAt reviewedByName\n    required counted shortfall levyPayable\n  }\n": typeof types.QuotaReviewRowFieldsFragmentDoc,
    "\n  query QuotaReviewQueue($page: PageInput) {\n    quotaReviewQueue(page: $page) { total page pageSize items { ...QuotaReviewRowFields } }\n  }\n": typeof types.QuotaReviewQueueDocument,
    "\n  query ConfirmedQuotaReviewPacks($year: Int!, $page: PageInput) {\n    confirmedQuotaReviewPacks(year: $year, page: $page) { total page pageSize items { ...QuotaReviewRowFields } }\n  }\n": typeof types.ConfirmedQuotaReviewPacksDocument,
    "\n  fragment QuotaReviewPackFields on QuotaReviewPack {\n    id version status organizationId organizationName creditCode countyCode year provisional ratioMet notes\n    submittedAt submittedByName reviewedAt reviewedByName returnReason\n    lines { key label value rule }\n    people {\n      seekerId name certificateNumber level severe weight monthsEmployed monthsCounted insuranceMonths insuranceShort units counts\n      graduateFullYear reasons\n      placements { placementId startDate endDate contractKind contractMonths monthlyWage partTime monthsEmployed insuranceMonths }\n    }\n    submissions { id version status submittedAt submittedByName reviewedAt returnReason }\n  }\n": typeof types.QuotaReviewPackFieldsFragmentDoc,
    "\n  query OrganizationToVerify($id: ID!) {\n    organization(id: $id) {\n      id name creditCode creditCodeValid type countyCode address description submittedAt verificationStatus verificationNote\n      privateDetails { contactName contactPhone staffCount }\n      licence { mimeType byteSize fileName uploadedAt url }\n      verificationHistory { id decision fromStatus toStatus note closedPostings createdAt deciderOffice deciderName }\n    }\n  }\n": typeof types.OrganizationToVerifyDocument,
    "\n  mutation DecideOrganization($input: OrganizationDecisionInput!) {\n    decideOrganization(input: $input) { id verificationStatus verificationNote verifiedAt }\n  }\n": typeof types.DecideOrganizationDocument,
    "\n  query VerificationQueue($filter: VerificationQueueFilter, $page: PageInput) {\n    verificationQueue(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        id name creditCode creditCodeValid type countyCode submittedAt verificationStatus verificationNote\n        privateDetails { contactName contactPhone }\n        licence { mimeType }\n      }\n    }\n  }\n": typeof types.VerificationQueueDocument,
    "\n  query CountyWorkshopOptions($county: String!) {\n    workshops(filter: { countyCode: $county }, page: { pageSize: 100 }) { items { id name kind capacity employedCount } }\n  }\n": typeof types.CountyWorkshopOptionsDocument,
    "\n  mutation LinkPlacementToWorkshop($placementId: ID!, $workshopId: ID) {\n    linkPlacementToWorkshop(placementId: $placementId, workshopId: $workshopId) { id workshopId workshop { id name } }\n  }\n": typeof types.LinkPlacementToWorkshopDocument,
    "\n  query WorkshopsByCounty { workshopsByCounty { countyCode workshops capacity employed } }\n": typeof types.WorkshopsByCountyDocument,
    "\n  query CountyWorkshops($filter: WorkshopFilter) {\n    workshops(filter: $filter, page: { pageSize: 100 }) { total items { id kind name capacity employedCount canManage } }\n  }\n": typeof types.CountyWorkshopsDocument,
    "\n  query WorkshopForEdit($id: ID!) {\n    workshop(id: $id) {\n      id kind name countyCode town address capacity supports accessibilityNote workKinds homeBased description contactName contactPhone\n      organizationId employedCount canManage\n    }\n  }\n": typeof types.WorkshopForEditDocument,
    "\n  mutation CreateWorkshop($input: WorkshopInput!) { createWorkshop(input: $input) { id name } }\n": typeof types.CreateWorkshopDocument,
    "\n  mutation UpdateWorkshop($id: ID!, $input: WorkshopInput!) { updateWorkshop(id: $id, input: $input) { id name capacity employedCount } }\n": typeof types.UpdateWorkshopDocument,
    "\n  query MySubsidyApplications {\n    mySubsidyApplications { subsidyName personName application { id status submittedAt decisionReason } }\n  }\n": typeof types.MySubsidyApplicationsDocument,
    "\n  query SubsidyCatalogue {\n    subsidies { code name claimant claimantStated source eligibility evaluated funds unverified amount { verified text source } }\n  }\n": typeof types.SubsidyCatalogueDocument,
    "\n  query SubsidyEligibility {\n    subsidyEligibility {\n      organizationId seekerId asOf quotaYear needsProfile\n      hires { placementId personName startDate employmentForm items { ...EligibilityItemFields } }\n      own { ...EligibilityItemFields }\n    }\n  }\n  fragment EligibilityItemFields on EligibilityItemModel {\n    placementId outcome reason why\n    facts { key label value }\n    application { id status }\n    subsidy { code name source eligibility unverified amount { verified text } }\n  }\n": typeof types.SubsidyEligibilityDocument,
    "\n  query SubsidyApplications($filter: SubsidyApplicationFilter) {\n    subsidyApplications(filter: $filter, page: { page: 1, pageSize: 50 }) {\n      total\n      items {\n        subsidyName applicantName personName why facts { label value }\n        application { id status subsidyCode countyCode note submittedAt decisionReason }\n      }\n    }\n  }\n": typeof types.SubsidyApplicationsDocument,
    "\n  mutation DecideSubsidyApplication($input: DecideSubsidyInput!) { decideSubsidyApplication(input: $input) { id status decisionReason } }\n": typeof types.DecideSubsidyApplicationDocument,
    "\n  mutation ApplyForSubsidy($input: ApplySubsidyInput!) { applyForSubsidy(input: $input) { id status subsidyCode placementId } }\n": typeof types.ApplyForSubsidyDocument,
    "\n  fragment CourseCardFields on TrainingCourse {\n    id title kind skills certificateKind certificateLevel startsOn endsOn schedule sessions mode venueName address\n    capacity enrolledCount open feeYuan subsidyNote subsidyYuan subsidySource subsidyAmountText\n    stepFreeRoute accessibleToilets hearingLoop tactilePaving signLanguage brailleMaterials largePrint captions\n    county { code nameZh nameEn }\n    provider { id name }\n  }\n": typeof types.CourseCardFieldsFragmentDoc,
    "\n  query TalentPool($filter: TalentPoolFilter, $page: PageInput) {\n    talentPool(filter: $filter, page: $page) {\n      total page pageSize\n      items { seekerId displayName countyCode education skills employmentStatus certificates { enrolmentId courseTitle certificateKind certificateLevel } }\n    }\n  }\n": typeof types.TalentPoolDocument,
    "\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      ...CourseCardFields\n      description accessibilityNote canManage hasPlaces\n      provider { id name kind address contactPhone }\n      myEnrolment { id status }\n    }\n  }\n": typeof types.CourseDetailDocument,
    "\n  mutation EnrolInCourse($courseId: ID!) {\n    enrol(courseId: $courseId) { id status course { id enrolledCount hasPlaces myEnrolment { id status } } }\n  }\n": typeof types.EnrolInCourseDocument,
    "\n  query BrowseCourses($filter: CourseFilter, $page: PageInput) {\n    courses(filter: $filter, page: $page) { total page pageSize items { ...CourseCardFields } }\n  }\n": typeof types.BrowseCoursesDocument,
    "\n  query MyEnrolments {\n    myEnrolments {\n      id status sessionsAttended certificateKind certificateLevel certificateNumber certificateIssuedOn\n      onBehalf { staffName office }\n      course { id title startsOn endsOn sessions mode venueName address county { code nameZh nameEn } }\n    }\n  }\n": typeof types.MyEnrolmentsDocument,
    "\n  mutation WithdrawEnrolment($id: ID!) { withdrawEnrolment(enrolmentId: $id) { id status course { id enrolledCount hasPlaces } } }\n": typeof types.WithdrawEnrolmentDocument,
    "\n  query CourseEditorContext($id: ID!, $withCourse: Boolean!) {\n    trainingProviders { id name canManage }\n    course(id: $id) @include(if: $withCourse) {\n      id providerId title kind description skills certificateKind certificateLevel countyCode startsOn endsOn schedule sessions mode\n      venueName address stepFreeRoute accessibleToilets hearingLoop tactilePaving accessibilityNote signLanguage brailleMaterials\n      largePrint captions feeYuan subsidyNote subsidyYuan subsidySource capacity open canManage\n    }\n  }\n": typeof types.CourseEditorContextDocument,
    "mutation CreateCourse($input: CourseInput!) { createCourse(input: $input) { id title } }": typeof types.CreateCourseDocument,
    "mutation UpdateCourse($id: ID!, $input: CourseInput!) { updateCourse(id: $id, input: $input) { id title capacity enrolledCount open } }": typeof types.UpdateCourseDocument,
    "\n  query OnBehalfEnrolContext($id: ID!) {\n    seeker(id: $id) { id name consents }\n    courses(page: { pageSize: 50 }) { items { id title startsOn endsOn capacity enrolledCount mode venueName address county { code nameZh nameEn } } }\n  }\n": typeof types.OnBehalfEnrolContextDocument,
    "\n  mutation EnrolOnBehalf($seekerId: ID!, $courseId: ID!) {\n    enrol(seekerId: $seekerId, courseId: $courseId) { id status course { id title enrolledCount } onBehalf { staffName office } }\n  }\n": typeof types.EnrolOnBehalfDocument,
    "\n  query CourseRoster($id: ID!) {\n    course(id: $id) { id title sessions certificateKind certificateLevel canManage }\n    courseEnrolments(courseId: $id) {\n      id status sessionsAttended certificateNumber\n      seeker { id name countyCode }\n    }\n  }\n": typeof types.CourseRosterDocument,
    "\n  mutation RecordAttendance($id: ID!, $n: Int!) { recordAttendance(enrolmentId: $id, sessionsAttended: $n) { id sessionsAttended } }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation RecordCompletion($id: ID!, $input: CompletionInput!) {\n    recordCompletion(enrolmentId: $id, input: $input) { id status certificateNumber certificateKind certificateLevel }\n  }\n": typeof types.RecordCompletionDocument,
    "\n  query StaffCourses {\n    courses(filter: { includeClosed: true }, page: { page: 1, pageSize: 100 }) {\n      total items { id title startsOn endsOn capacity enrolledCount open canManage }\n    }\n    trainingProviders { id name kind countyCode canManage }\n  }\n": typeof types.StaffCoursesDocument,
    "\n  mutation SaveTrainingProvider($input: ProviderInput!) { saveTrainingProvider(input: $input) { id name kind countyCode canManage } }\n": typeof types.SaveTrainingProviderDocument,
    "\n  query WorkshopDetail($id: ID!) {\n    workshop(id: $id) {\n      id kind name town address capacity employedCount homeBased workKinds supports accessibilityNote description\n      contactName contactPhone source county { code nameZh nameEn }\n    }\n  }\n": typeof types.WorkshopDetailDocument,
    "\n  query BrowseWorkshops($filter: WorkshopFilter, $page: PageInput) {\n    workshops(filter: $filter, page: $page) {\n      total\n      items { id kind name town capacity employedCount homeBased workKinds supports county { code nameZh nameEn } }\n    }\n  }\n": typeof types.BrowseWorkshopsDocument,
    "\n  query MyWorkshopCounty { myProfile { id countyCode } }\n": typeof types.MyWorkshopCountyDocument,
};
const documents: Documents = {
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  mutation UpdateMyLocale($input: UpdateMeInput!) { updateMe(input: $input) { id locale } }\n": types.UpdateMyLocaleDocument,
    "\n  query EventDeliveryReport($eventId: ID!) {\n    eventDeliveryReport(eventId: $eventId) { recipients counts { channel status count } unreached { userId name phone role } }\n  }\n": types.EventDeliveryReportDocument,
    "\n  query SeekerNotificationPreferences($seekerId: ID!) {\n    seekerNotificationPreferences(seekerId: $seekerId) { hasPhone hasEmail smsOff items { kind channels } }\n  }\n": types.SeekerNotificationPreferencesDocument,
    "\n  query SessionStatus { sessionStatus { idleTimeoutSeconds expiresAt } }\n": types.SessionStatusDocument,
    "\n  query Counties { counties { code nameZh nameEn } }\n": types.CountiesDocument,
    "\n  fragment MatchFields on MatchModel {\n    score eligible\n    reasons { code text }\n    gaps { code text blocking closedBy subsidy fundingHints { code name } }\n  }\n": types.MatchFieldsFragmentDoc,
    "\n  fragment PostingCardFields on Posting {\n    id title reserved employmentForm salaryMin salaryMax openingsLeft deadline supports\n    county { code nameZh nameEn }\n    organization { id name type verificationStatus }\n  }\n": types.PostingCardFieldsFragmentDoc,
    "\n  fragment ResumeFields on Resume {\n    version updatedAt hiddenSections\n    education { school major degree enrolledOn graduatedOn }\n    work { employerName jobTitle startDate endDate duties }\n    skills { skill evidence }\n    certificates { certificateKind certificateName issuer issuedOn expiresOn }\n    languages { language proficiency }\n    assistiveTech { tool toolNote }\n    visibility { education work skills certificates languages assistiveTech }\n  }\n": types.ResumeFieldsFragmentDoc,
    "\n  query Me {\n    me { id displayName role locale phone email scopeCountyCode mustChangePassword }\n  }\n": types.MeDocument,
    "\n  query MyNotificationPreferences {\n    myNotificationPreferences { hasPhone hasEmail smsOff items { kind channels isDefault } }\n  }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { hasPhone hasEmail smsOff items { kind channels isDefault } }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query Deliveries {\n    failedDeliveries(page: { pageSize: 50 }) { total items { id channel kind attempts lastError updatedAt recipientName recipientPhone } }\n    sentMessages(page: { pageSize: 50 }) { total items { id channel transport recipient kind subject body createdAt } }\n  }\n": types.DeliveriesDocument,
    "\n  mutation RetryDelivery($id: ID!) { retryDelivery(id: $id) }\n": types.RetryDeliveryDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }\n": types.ResetPasswordDocument,
    "\n  query OnBehalfApplySeeker($id: ID!) { seeker(id: $id) { id name consents } }\n": types.OnBehalfApplySeekerDocument,
    "\n  query OnBehalfFindJobs($query: String!) {\n    searchPostings(query: $query, page: { pageSize: 10 }) {\n      total items { posting { id title organization { id name } county { code nameZh nameEn } } }\n    }\n  }\n": types.OnBehalfFindJobsDocument,
    "\n  mutation ApplyOnBehalf($seekerId: ID!, $input: ApplyInput!) {\n    applyOnBehalf(seekerId: $seekerId, input: $input) { id status posting { id title } onBehalf { staffName office } }\n  }\n": types.ApplyOnBehalfDocument,
    "\n  query ApplyContext($id: ID!) {\n    posting(id: $id) { id title status openingsLeft organization { id name } myApplication { id status } }\n    myProfile { id name }\n  }\n": types.ApplyContextDocument,
    "\n  mutation ApplyToPosting($input: ApplyInput!) {\n    applyToPosting(input: $input) { id status posting { id myApplication { id status } } }\n  }\n": types.ApplyToPostingDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      id status note createdAt declineReason\n      posting { id title status openingsLeft organization { id name } myMatch { ...MatchFields } myApplication { id status } }\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  mutation DeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) { id status declineReason respondedAt }\n  }\n": types.DeclineInvitationDocument,
    "\n  query MyApplications($page: PageInput) {\n    myApplications(page: $page) {\n      total page pageSize\n      items {\n        id status moves createdAt updatedAt note accommodations accommodationNote rejectionReason unreadMessages\n        onBehalf { staffName office }\n        posting { id title organization { id name } county { code nameZh nameEn } }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n": types.MyApplicationsDocument,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) { id status moves updatedAt history { id fromStatus toStatus reason createdAt } }\n  }\n": types.WithdrawApplicationDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { id mustChangePassword }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { user { id role displayName mustChangePassword } }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id role displayName } }\n  }\n": types.SignUpDocument,
    "\n  query MyCheckIns { myCheckIns { placementId month dueDate startDate organizationName personName answer recordedByStaff staffLeftOn } }\n": types.MyCheckInsDocument,
    "\n  mutation AnswerPlacementCheckIn($placementId: ID!, $month: Int!, $stillEmployed: Boolean!, $leftOn: String) {\n    answerPlacementCheckIn(placementId: $placementId, month: $month, stillEmployed: $stillEmployed, leftOn: $leftOn) { id status source leftOn }\n  }\n": types.AnswerPlacementCheckInDocument,
    "\n  query PostingApplicants($postingId: ID!, $status: ApplicationStatus, $page: PageInput) {\n    posting(id: $postingId) { id title status openings openingsLeft }\n    applicationsForPosting(postingId: $postingId, status: $status, page: $page) {\n      total page pageSize\n      items {\n        id status moves createdAt note accommodations accommodationNote rejectionReason unreadMessages\n        seeker {\n          id name age gender phone skills category level cannotDo supportsMust supportsNice education experience\n          county { code nameZh nameEn }\n          resume { ...ResumeFields }\n        }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n": types.PostingApplicantsDocument,
    "\n  mutation MoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id status moves rejectionReason\n      history { id fromStatus toStatus reason createdAt }\n    }\n  }\n": types.MoveApplicationDocument,
    "\n  query PostingCandidates($postingId: ID!, $page: PageInput) {\n    posting(id: $postingId) { id title status openingsLeft }\n    invitationsForPosting(postingId: $postingId) { id seekerId status declineReason }\n    candidates(postingId: $postingId, page: $page) {\n      total page pageSize\n      items {\n        seekerId maskedName ageRange countyCode education preferredForms skills\n        match { ...MatchFields }\n      }\n    }\n  }\n": types.PostingCandidatesDocument,
    "\n  mutation InviteToApply($input: InviteToApplyInput!) {\n    inviteToApply(input: $input) { id seekerId status declineReason }\n  }\n": types.InviteToApplyDocument,
    "\n  query MyPostings($status: PostingStatus, $page: PageInput) {\n    myOrganization { id name verificationStatus }\n    myPostings(status: $status, page: $page) {\n      total page pageSize\n      items { id title status reserved openings openingsLeft applicationCount deadline publishedAt updatedAt welfarePost campaigns { id nameZh nameEn } }\n    }\n  }\n": types.MyPostingsDocument,
    "\n  mutation PublishPosting($id: ID!) { publishPosting(id: $id) { id status publishedAt } }\n": types.PublishPostingDocument,
    "\n  mutation ClosePosting($id: ID!) { closePosting(id: $id) { id status closedAt } }\n": types.ClosePostingDocument,
    "\n  query MyOrganization {\n    myOrganization {\n      id name creditCode type countyCode address description isSchool verificationStatus verificationNote verifiedAt\n      privateDetails { contactName contactPhone staffCount establishedPosts }\n      licence { fileName uploadedAt url }\n      verificationHistory { id decision fromStatus toStatus note closedPostings createdAt deciderOffice deciderName }\n    }\n  }\n": types.MyOrganizationDocument,
    "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) { id name verificationStatus }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation ResubmitOrganization($id: ID!) {\n    resubmitOrganization(id: $id) { id verificationStatus verificationNote submittedAt }\n  }\n": types.ResubmitOrganizationDocument,
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
    "\n  query EmployerEvents {\n    myOrganization { id name type verificationStatus }\n    myBooths {\n      id status declineReason createdAt\n      event { id title status mode startsAt endsAt venueName address county { code nameZh nameEn } }\n      postings { id title reserved }\n      applicants { id }\n    }\n    events(page: { page: 1, pageSize: 100 }) {\n      total\n      items {\n        id title status kind mode startsAt endsAt venueName address openToBoothApplications boothLimit boothCount targetOrganizationTypes\n        county { code nameZh nameEn }\n      }\n    }\n  }\n": types.EmployerEventsDocument,
    "\n  query UnreadNotificationCount { myNotifications(page: { page: 1, pageSize: 1 }, unreadOnly: true) { unread } }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($page: PageInput) {\n    myNotifications(page: $page) {\n      total page pageSize unread\n      items { id kind title body createdAt readAt eventId }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($id: ID) { markNotificationsRead(id: $id) }\n": types.MarkNotificationsReadDocument,
    "\n  query EventApplyContext($eventId: ID!, $postingId: ID!) {\n    event(id: $eventId) { id title status myRegistration { id status } }\n    posting(id: $postingId) { id title reserved status organization { id name } myApplication { id status } }\n  }\n": types.EventApplyContextDocument,
    "\n  mutation ApplyAtEvent($input: ApplyInput!) {\n    applyToPosting(input: $input) { id status eventId posting { id myApplication { id status } } }\n  }\n": types.ApplyAtEventDocument,
    "\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      ...EventCardFields\n      description onlineUrl accessibilityNote cancelReason\n      graduationYears targetCategories targetCounties targetOrganizationTypes\n      openToBoothApplications boothLimit boothCount\n      eligibility { eligible reasons }\n      myRegistration { id status waitlistPosition }\n      booths {\n        id status\n        organization { id name type }\n        postings { id title reserved openingsLeft status }\n      }\n    }\n  }\n": types.EventDetailDocument,
    "\n  query BrowseEvents($filter: EventFilter, $page: PageInput) {\n    events(filter: $filter, page: $page) {\n      total page pageSize\n      items { ...EventCardFields }\n    }\n  }\n": types.BrowseEventsDocument,
    "\n  query MyEventRegistrations {\n    myEventRegistrations {\n      id status createdAt checkedInAt waitlistPosition ticketCode ticketQrSvg\n      onBehalf { staffName office }\n      services { id service notes }\n      event {\n        id title status mode startsAt endsAt venueName address onlineUrl cancelReason\n        county { code nameZh nameEn }\n      }\n    }\n  }\n": types.MyEventRegistrationsDocument,
    "\n  mutation CancelEventRegistration($registrationId: ID!) {\n    cancelEventRegistration(registrationId: $registrationId) {\n      id status cancelledAt ticketCode ticketQrSvg waitlistPosition\n      event { id registeredCount myRegistration { id status } }\n    }\n  }\n": types.CancelEventRegistrationDocument,
    "\n  query EventRegisterContext($id: ID!) {\n    event(id: $id) {\n      id title status mode startsAt endsAt venueName address seekerCapacity registeredCount\n      registrationOpensAt registrationClosesAt\n      county { code nameZh nameEn }\n      serviceOffers { service quantity }\n      eligibility { eligible reasons }\n      myRegistration { id status waitlistPosition services { id service notes } }\n    }\n  }\n": types.EventRegisterContextDocument,
    "\n  mutation RegisterForEvent($eventId: ID!, $services: [ServiceRequestInput!]!) {\n    registerForEvent(eventId: $eventId, services: $services) {\n      id status waitlistPosition services { id service notes }\n      event { id registeredCount myRegistration { id status waitlistPosition } }\n    }\n  }\n": types.RegisterForEventDocument,
    "\n  mutation UpdateEventServiceRequests($registrationId: ID!, $services: [ServiceRequestInput!]!) {\n    updateEventServiceRequests(registrationId: $registrationId, services: $services) { id services { id service notes } }\n  }\n": types.UpdateEventServiceRequestsDocument,
    "\n  query CheckInEvent($id: ID!) {\n    event(id: $id) { id title status startsAt endsAt canManage county { nameZh nameEn } overview { registered checkedIn } }\n  }\n": types.CheckInEventDocument,
    "\n  mutation CheckInTicket($eventId: ID!, $ticketCode: String!) {\n    checkInTicket(eventId: $eventId, ticketCode: $ticketCode) { id status checkedInAt seeker { id name } services { id service notes } }\n  }\n": types.CheckInTicketDocument,
    "\n  query EventForEdit($id: ID!) {\n    event(id: $id) {\n      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt\n      venueName address onlineUrl latitude longitude accessibilityNote\n      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n      serviceOffers { service quantity }\n      graduationYears targetCategories targetCounties targetOrganizationTypes\n      seekerCapacity boothLimit openToBoothApplications registeredCount boothCount canManage county { nameZh nameEn }\n    }\n  }\n": types.EventForEditDocument,
    "\n  mutation CreateEvent($input: EventInput!) { createEvent(input: $input) { id title status } }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt\n      venueName address onlineUrl latitude longitude accessibilityNote\n      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n      serviceOffers { service quantity }\n      graduationYears targetCategories targetCounties targetOrganizationTypes seekerCapacity boothLimit openToBoothApplications\n    }\n  }\n": types.UpdateEventDocument,
    "\n  query StaffScope { me { id scopeCountyCode } }\n": types.StaffScopeDocument,
    "\n  query EventOutcomes($id: ID!) {\n    event(id: $id) {\n      id title status startsAt endsAt canManage county { nameZh nameEn }\n      outcomes {\n        registered attended applications interviews offers hires exportUrl\n        employers { organizationId organizationName applications interviews offers hires }\n      }\n    }\n  }\n": types.EventOutcomesDocument,
    "\n  query OnBehalfRegisterContext($id: ID!) {\n    seeker(id: $id) { id name consents }\n    events(page: { pageSize: 30 }) {\n      items { id title status startsAt endsAt seekerCapacity registeredCount serviceOffers { service quantity } }\n    }\n  }\n": types.OnBehalfRegisterContextDocument,
    "\n  mutation RegisterOnBehalf($seekerId: ID!, $eventId: ID!, $services: [ServiceRequestInput!]!) {\n    registerOnBehalf(seekerId: $seekerId, eventId: $eventId, services: $services) {\n      id status waitlistPosition event { id title registeredCount } onBehalf { staffName office }\n    }\n  }\n": types.RegisterOnBehalfDocument,
    "\n  query StaffEventRegistrations($eventId: ID!, $status: RegistrationStatus) {\n    event(id: $eventId) { id title seekerCapacity registeredCount }\n    eventRegistrations(eventId: $eventId, status: $status) {\n      id status createdAt checkedInAt waitlistPosition\n      seeker { id name phone category }\n      services { id service notes }\n    }\n  }\n": types.StaffEventRegistrationsDocument,
    "\n  query StaffEvent($id: ID!) {\n    event(id: $id) {\n      id title kind mode status startsAt endsAt venueName address cancelReason seekerCapacity boothLimit openToBoothApplications canManage\n      county { code nameZh nameEn }\n      overview {\n        registered waitlisted checkedIn cancelled\n        services { service requested offered shortage }\n        booths { invited applied approved declined withdrawn limit }\n      }\n      booths {\n        id status note declineReason createdAt\n        organization { id name type }\n        postings { id title reserved }\n      }\n    }\n  }\n": types.StaffEventDocument,
    "\n  mutation PublishEvent($id: ID!) { publishEvent(id: $id) { id status } }\n": types.PublishEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) { cancelEvent(id: $id, reason: $reason) { id status cancelReason } }\n": types.CancelEventDocument,
    "\n  mutation FinishEvent($id: ID!) { finishEvent(id: $id) { id status } }\n": types.FinishEventDocument,
    "\n  mutation DecideBooth($boothId: ID!, $approve: Boolean!, $reason: String) {\n    decideBooth(boothId: $boothId, approve: $approve, reason: $reason) { id status declineReason decidedAt }\n  }\n": types.DecideBoothDocument,
    "\n  query InviteOrganizations {\n    organizations(filter: { verificationStatus: VERIFIED }, page: { page: 1, pageSize: 100 }) { items { id name } }\n  }\n": types.InviteOrganizationsDocument,
    "\n  mutation InviteToEvent($eventId: ID!, $organizationId: ID!) { inviteToEvent(eventId: $eventId, organizationId: $organizationId) { id status } }\n": types.InviteToEventDocument,
    "\n  query StaffEvents($filter: EventFilter, $page: PageInput) {\n    events(filter: $filter, page: $page) {\n      total page pageSize\n      items { id title kind mode status startsAt endsAt seekerCapacity registeredCount boothLimit boothCount canManage county { code nameZh nameEn } }\n    }\n  }\n": types.StaffEventsDocument,
    "\n  query FeaturedReserved {\n    postings(filter: { reservedOnly: true }, sort: NEWEST, page: { page: 1, pageSize: 6 }) {\n      total\n      items { ...PostingCardFields }\n    }\n  }\n": types.FeaturedReservedDocument,
    "\n  query RecommendedPreview {\n    recommendedPostings(page: { page: 1, pageSize: 3 }) {\n      total\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n": types.RecommendedPreviewDocument,
    "\n  query UpcomingFairs {\n    events(page: { page: 1, pageSize: 3 }) {\n      total\n      items { id title startsAt mode venueName status county { code nameZh nameEn } }\n    }\n  }\n": types.UpcomingFairsDocument,
    "\n  query ApplicationConversation($id: ID!) {\n    application(id: $id) {\n      id status\n      posting { id title organization { id name } }\n      seeker { id name }\n      interviews {\n        id status startsAt durationMinutes mode place accessFeatures accessNote onlineUrl contact message seekerNote cancelReason\n        outcome outcomeNote calendarUrl\n        accommodations { accommodation status arrangement }\n        serviceRequests { id status handledNote }\n      }\n    }\n  }\n": types.ApplicationConversationDocument,
    "\n  query CountyInterviews {\n    countyInterviews { interview { id applicationId startsAt } seekerName countyCode postingTitle organizationName openAccommodations }\n    serviceRequests { request { id kind status note createdAt } seekerName postingTitle organizationName startsAt }\n  }\n": types.CountyInterviewsDocument,
    "\n  mutation HandleServiceRequest($input: HandleServiceRequestInput!) {\n    handleServiceRequest(input: $input) { id status handledNote }\n  }\n": types.HandleServiceRequestDocument,
    "\n  mutation ScheduleInterview($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) { id status startsAt }\n  }\n": types.ScheduleInterviewDocument,
    "\n  mutation RescheduleInterview($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) { id status startsAt durationMinutes mode place accessFeatures accessNote onlineUrl contact message seekerNote }\n  }\n": types.RescheduleInterviewDocument,
    "\n  mutation RespondToInterview($input: RespondToInterviewInput!) {\n    respondToInterview(input: $input) { id status seekerNote }\n  }\n": types.RespondToInterviewDocument,
    "\n  mutation ConfirmAccommodation($input: ConfirmAccommodationInput!) {\n    confirmAccommodation(input: $input) { accommodation status arrangement updatedAt }\n  }\n": types.ConfirmAccommodationDocument,
    "\n  mutation CancelInterview($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) { id status cancelReason }\n  }\n": types.CancelInterviewDocument,
    "\n  mutation RecordInterviewOutcome($input: RecordInterviewOutcomeInput!) {\n    recordInterviewOutcome(input: $input) { id status outcome outcomeNote }\n  }\n": types.RecordInterviewOutcomeDocument,
    "\n  mutation RequestInterpreter($input: RequestInterpreterInput!) {\n    requestInterpreter(input: $input) { id status handledNote }\n  }\n": types.RequestInterpreterDocument,
    "\n  fragment ThreadFields on MessageThreadModel {\n    applicationId unread closedAt closeReason canWrite canClose canInviteStaff maxLength\n    invitedStaff { userId displayName }\n    messages { id body senderRole senderName mine reportedByMe createdAt }\n  }\n": types.ThreadFieldsFragmentDoc,
    "\n  query ApplicationMessages($applicationId: ID!) {\n    applicationMessages(applicationId: $applicationId) { ...ThreadFields }\n  }\n": types.ApplicationMessagesDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...ThreadFields }\n  }\n": types.SendMessageDocument,
    "\n  mutation MarkMessagesRead($applicationId: ID!) {\n    markMessagesRead(applicationId: $applicationId) { applicationId unread }\n  }\n": types.MarkMessagesReadDocument,
    "\n  query ThreadStaffCandidates($applicationId: ID!) {\n    threadStaffCandidates(applicationId: $applicationId) { userId displayName }\n  }\n": types.ThreadStaffCandidatesDocument,
    "\n  mutation InviteStaffToThread($input: InviteStaffToThreadInput!) {\n    inviteStaffToThread(input: $input) { applicationId canInviteStaff invitedStaff { userId displayName } }\n  }\n": types.InviteStaffToThreadDocument,
    "\n  mutation ReportMessage($input: ReportMessageInput!) { reportMessage(input: $input) }\n": types.ReportMessageDocument,
    "\n  mutation CloseThread($input: CloseThreadInput!) {\n    closeThread(input: $input) { applicationId closedAt closeReason canWrite canClose canInviteStaff }\n  }\n": types.CloseThreadDocument,
    "\n  query ScheduleInterviewContext($id: ID!) {\n    application(id: $id) { id status posting { id title } seeker { id name } }\n  }\n": types.ScheduleInterviewContextDocument,
    "\n  query PostingDetail($id: ID!) {\n    posting(id: $id) {\n      ...PostingCardFields\n      status description address openings educationRequired skills suitableCategories demands\n      relaxedAge relaxedHousehold relaxedExamRatio relaxationNote easyRead\n      organization { id name type description verificationStatus }\n      myApplication { id status }\n      myMatch { ...MatchFields gaps { code suggestedCourses { id title startsOn kind } } }\n    }\n  }\n": types.PostingDetailDocument,
    "\n  query MyDataAccessLog($page: PageInput) {\n    myDataAccessLog(page: $page) {\n      total page pageSize\n      items { id at readerRole readerName readerCountyCode readerOrganization data purpose screen }\n    }\n  }\n": types.MyDataAccessLogDocument,
    "\n  query ActsOnMyBehalf {\n    actsOnMyBehalf(page: { pageSize: 50 }) { total items { at kind text } }\n  }\n": types.ActsOnMyBehalfDocument,
    "\n  query MyProfileFull {\n    myProfile {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n": types.MyProfileFullDocument,
    "\n  mutation SaveMyProfile($input: SeekerProfileInput!) {\n    saveMyProfile(input: $input) {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n": types.SaveMyProfileDocument,
    "\n  query CategoryDefaults($category: DisabilityCategory!) {\n    categoryDefaults(category: $category) { cannotDo supportsMust supportsNice }\n  }\n": types.CategoryDefaultsDocument,
    "\n  query OnBehalfProfile($id: ID!) {\n    seeker(id: $id) {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n": types.OnBehalfProfileDocument,
    "\n  mutation UpdateProfileOnBehalf($seekerId: ID!, $input: SeekerProfileInput!) {\n    updateProfileOnBehalf(seekerId: $seekerId, input: $input) { id name updatedAt }\n  }\n": types.UpdateProfileOnBehalfDocument,
    "\n  query MyResume {\n    myProfile { id name }\n    myResume { ...ResumeFields }\n  }\n": types.MyResumeDocument,
    "\n  mutation SaveResume($input: ResumeInput!) {\n    saveResume(input: $input) { ...ResumeFields }\n  }\n": types.SaveResumeDocument,
    "\n  query MyTrainingCertificates {\n    myProfile { id trainingCertificates { enrolmentId courseTitle certificateKind certificateLevel certificateNumber issuedOn skills } }\n  }\n": types.MyTrainingCertificatesDocument,
    "\n  query RecommendedJobs($page: PageInput) {\n    recommendedPostings(page: $page) {\n      total page pageSize\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n": types.RecommendedJobsDocument,
    "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) { id name frequency }\n  }\n": types.SaveSearchDocument,
    "\n  mutation UpdateSavedSearch($id: ID!, $input: UpdateSavedSearchInput!) {\n    updateSavedSearch(id: $id, input: $input) { id name frequency }\n  }\n": types.UpdateSavedSearchDocument,
    "\n  mutation DeleteSavedSearch($id: ID!) { deleteSavedSearch(id: $id) }\n": types.DeleteSavedSearchDocument,
    "\n  query MySavedSearches {\n    mySavedSearches {\n      id name query frequency path lastAlertedAt\n      filter { countyCodes employmentForms organizationTypes supportsAll demandsNone reservedOnly remoteOnly category salaryAtLeast }\n      lastAlert { id createdAt count items { posting { ...PostingCardFields } match { ...MatchFields } } }\n    }\n  }\n": types.MySavedSearchesDocument,
    "\n  query SearchJobs(\n    $query: String, $filter: PostingSearchFilter, $sort: PostingSearchSort, $page: PageInput,\n    $withCounties: Boolean!, $countiesFilter: PostingSearchFilter,\n    $withForms: Boolean!, $formsFilter: PostingSearchFilter,\n    $withTypes: Boolean!, $typesFilter: PostingSearchFilter\n  ) {\n    searchPostings(query: $query, filter: $filter, sort: $sort, page: $page) {\n      total page pageSize matched relaxed\n      facets {\n        counties { value count }\n        employmentForms { value count }\n        organizationTypes { value count }\n        supports { value count }\n        reserved { value count }\n      }\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n        applied\n      }\n    }\n    countyCounts: searchPostings(query: $query, filter: $countiesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withCounties) {\n      facets { counties { value count } }\n    }\n    formCounts: searchPostings(query: $query, filter: $formsFilter, page: { page: 1, pageSize: 1 }) @include(if: $withForms) {\n      facets { employmentForms { value count } }\n    }\n    typeCounts: searchPostings(query: $query, filter: $typesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withTypes) {\n      facets { organizationTypes { value count } }\n    }\n  }\n": types.SearchJobsDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      total page pageSize\n      items { id at action actorRole actorName actorCountyCode entity subjectName subjectCountyCode subjectSeekerId field purpose detail }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query StaffUsers($filter: StaffUserFilter, $page: PageInput) {\n    staffUsers(filter: $filter, page: $page) {\n      total page pageSize\n      items { id displayName phone role scopeCountyCode disabledAt }\n    }\n  }\n": types.StaffUsersDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffInput!) {\n    createStaffUser(input: $input) { id displayName oneTimePassword }\n  }\n": types.CreateStaffUserDocument,
    "\n  mutation UpdateStaffUser($userId: ID!, $input: UpdateStaffUserInput!) {\n    updateStaffUser(userId: $userId, input: $input) { id displayName scopeCountyCode }\n  }\n": types.UpdateStaffUserDocument,
    "\n  mutation DisableStaffUser($userId: ID!) { disableStaffUser(userId: $userId) { id disabledAt } }\n": types.DisableStaffUserDocument,
    "\n  mutation EnableStaffUser($userId: ID!) { enableStaffUser(userId: $userId) { id disabledAt } }\n": types.EnableStaffUserDocument,
    "\n  query CampaignForEdit($id: ID!) {\n    campaign(id: $id) { id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes source canManage }\n  }\n": types.CampaignForEditDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) { createCampaign(input: $input) { id nameZh nameEn } }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { id nameZh nameEn } }\n": types.UpdateCampaignDocument,
    "\n  query CampaignDetail($id: ID!, $from: String, $counties: [String!]) {\n    campaign(id: $id) {\n      id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes source canManage\n      progress { countedTo people organizations peopleShare organizationsShare targetUnverified byCounty { countyCode people organizations } }\n      fairs { id title startsAt }\n      postings { id title countyCode }\n      placements { placementId startDate countyCode organizationName postingTitle routes counted excluded }\n    }\n    events(filter: { from: $from }, page: { pageSize: 50 }) { items { id title startsAt } }\n    postingChoices: postings(filter: { countyCodes: $counties }, page: { pageSize: 50 }) { items { id title countyCode } }\n  }\n": types.CampaignDetailDocument,
    "\n  mutation LinkToCampaign($input: CampaignLinkInput!) { linkToCampaign(input: $input) { id } }\n": types.LinkToCampaignDocument,
    "\n  mutation UnlinkFromCampaign($input: CampaignLinkInput!) { unlinkFromCampaign(input: $input) { id } }\n": types.UnlinkFromCampaignDocument,
    "\n  query CampaignHead($id: ID!) { campaign(id: $id) { id nameZh nameEn canManage } }\n": types.CampaignHeadDocument,
    "\n  query CampaignPlacementChoices($id: ID!, $q: String!) {\n    campaignPlacementChoices(campaignId: $id, query: $q, page: { pageSize: 50 }) {\n      total items { placementId personName organizationName postingTitle countyCode startDate linked excluded }\n    }\n  }\n": types.CampaignPlacementChoicesDocument,
    "\n  query CampaignsList {\n    campaigns { id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes canManage }\n  }\n": types.CampaignsListDocument,
    "\n  query CampaignsInProgress($countyCode: String) {\n    campaignsInProgress(countyCode: $countyCode) {\n      id nameZh nameEn targetPeople targetOrganizations targetSource\n      progress { people organizations peopleShare organizationsShare }\n    }\n  }\n": types.CampaignsInProgressDocument,
    "\n  query WelfarePosts {\n    welfarePosts { count planMin planMax planSource postings { id title countyCode } }\n    postings(filter: { employmentForms: [PUBLIC_WELFARE] }, page: { pageSize: 50 }) { items { id title countyCode welfarePost } }\n  }\n": types.WelfarePostsDocument,
    "mutation MarkWelfarePost($postingId: ID!) { markWelfarePost(postingId: $postingId) }": types.MarkWelfarePostDocument,
    "mutation UnmarkWelfarePost($postingId: ID!) { unmarkWelfarePost(postingId: $postingId) }": types.UnmarkWelfarePostDocument,
    "\n  query FourOnesCoverage($year: Int!, $countyCode: String) {\n    fourOnesCoverage(year: $year, countyCode: $countyCode) {\n      countyCode population checked wantingWork assessed registered served complete\n    }\n  }\n": types.FourOnesCoverageDocument,
    "\n  query SeekersMissingService($year: Int!, $kind: ServiceKind!, $countyCode: String, $page: PageInput) {\n    seekersMissingService(year: $year, kind: $kind, countyCode: $countyCode, page: $page) {\n      total page pageSize\n      items { id name age countyCode category level }\n    }\n  }\n": types.SeekersMissingServiceDocument,
    "\n  mutation SaveGraduatePlan($input: GraduatePlanInput!) {\n    saveGraduatePlan(input: $input) { seekerId status wantsWork ableToWork plan updatedAt }\n  }\n": types.SaveGraduatePlanDocument,
    "\n  mutation AddLedgerEntry($input: LedgerEntryInput!) {\n    addLedgerEntry(input: $input) { id kind entryDate followUpMonth notes }\n  }\n": types.AddLedgerEntryDocument,
    "\n  query GraduateLedger($filter: GraduateLedgerFilter, $page: PageInput) {\n    graduateLedger(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        seekerId name countyCode graduateYear graduateSchool contacts services referrals fairsAttended\n        placementStart organizationName\n        plan { seekerId status }\n        followUps { month dueDate done overdue }\n      }\n    }\n  }\n": types.GraduateLedgerDocument,
    "\n  query GraduateDetail($seekerId: ID!) {\n    graduateLedger(filter: { seekerId: $seekerId }, page: { pageSize: 1 }) {\n      items {\n        seekerId name countyCode graduateYear graduateSchool contacts services referrals fairsAttended\n        placementId placementStart organizationName\n        plan { seekerId status wantsWork ableToWork plan updatedAt }\n        followUps { month dueDate done overdue }\n      }\n    }\n    ledgerEntries(seekerId: $seekerId) { id kind entryDate followUpMonth notes }\n  }\n": types.GraduateDetailDocument,
    "\n  mutation RecordSignedConsentOnBehalf($seekerId: ID!, $granted: Boolean!, $signedOn: String!) {\n    recordSignedConsentOnBehalf(seekerId: $seekerId, granted: $granted, signedOn: $signedOn) { id consents }\n  }\n": types.RecordSignedConsentOnBehalfDocument,
    "\n  query SeekerServices($id: ID!, $year: Int!) {\n    seeker(id: $id) { id name age countyCode category level certificateNumber employmentStatus graduateYear consents }\n    serviceRecords(seekerId: $id, year: $year) { id kind serviceDate intention outcome notes staffName }\n    jobCoach(seekerId: $id) { coachUserId coachName assignedAt }\n    coachCandidates(seekerId: $id) { userId name countyCode }\n  }\n": types.SeekerServicesDocument,
    "\n  mutation AssignJobCoach($seekerId: ID!, $coachUserId: ID!) { assignJobCoach(seekerId: $seekerId, coachUserId: $coachUserId) }\n": types.AssignJobCoachDocument,
    "\n  mutation RecordService($input: ServiceRecordInput!) {\n    recordService(input: $input) { id kind serviceDate intention outcome notes staffName }\n  }\n": types.RecordServiceDocument,
    "\n  mutation DecideIntegrityFlag($id: ID!, $confirmed: Boolean!, $note: String!, $notGenuine: [ID!]) {\n    decideIntegrityFlag(id: $id, confirmed: $confirmed, note: $note, notGenuine: $notGenuine) { id status note decidedAt }\n  }\n": types.DecideIntegrityFlagDocument,
    "\n  query EmployerGenuineness($filter: GenuinenessFilter!) {\n    employerGenuineness(filter: $filter) {\n      total page pageSize\n      items {\n        organizationId organizationName countyCode concerns\n        timeToFill { medianDays postings }\n        fillRate { ...GenuinenessFigureFields }\n        interviewRate { ...GenuinenessFigureFields }\n        retention6 { ...GenuinenessFigureFields }\n        endedWithin3Months { ...GenuinenessFigureFields }\n        belowMinimumWage { ...GenuinenessFigureFields }\n        insuranceMonths { ...GenuinenessFigureFields }\n        postings {\n          postingId title publishedOn daysToFill\n          fillRate { ...GenuinenessFigureFields }\n          interviewRate { ...GenuinenessFigureFields }\n        }\n      }\n    }\n  }\n  fragment GenuinenessFigureFields on GenuinenessFigure { numerator denominator rate cases thresholdPercent pastThreshold }\n": types.EmployerGenuinenessDocument,
    "\n  query GenuinenessSettings { policySettings { key value } }\n": types.GenuinenessSettingsDocument,
    "\n  query EmployerOpenFlags($organizationId: ID!) {\n    integrityFlags(filter: { organizationId: $organizationId, status: OPEN }, page: { pageSize: 100 }) { total items { id kind } }\n  }\n": types.EmployerOpenFlagsDocument,
    "\n  query SeekerImport($id: ID!, $problemPage: PageInput) {\n    seekerImport(id: $id) {\n      id fileName format createdAt finishedAt status validOnly progress totalRows processedRows\n      createdCount updatedCount unchangedCount errorRows message errorReportUrl\n      problems(page: $problemPage) { total page pageSize items { rowNumber column message } }\n    }\n  }\n": types.SeekerImportDocument,
    "\n  query SeekerImports($page: PageInput) {\n    seekerImports(page: $page) {\n      total page pageSize\n      items { id fileName createdAt status validOnly createdCount updatedCount unchangedCount errorRows }\n    }\n  }\n": types.SeekerImportsDocument,
    "\n  query IntegrityFlags($filter: IntegrityFlagFilter, $page: PageInput) {\n    integrityFlags(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        id kind status countyCode createdAt decidedAt note details placementIds seekerId organizationId\n        seeker { id name }\n        organization { id name }\n        organizations { id name }\n        postings { id title }\n        placements { id personName organizationName startDate counted }\n      }\n    }\n  }\n": types.IntegrityFlagsDocument,
    "\n  mutation RunIntegrityChecks {\n    runIntegrityChecks {\n      doubleCounted shortPlacements staleReservedPostings noHistory lowFillRate lowInterviewRate lowRetention earlyEndings insuranceGaps payBelowMinimum\n    }\n  }\n": types.RunIntegrityChecksDocument,
    "\n  query MyGenuineness($filter: GenuinenessFilter!) {\n    employerGenuineness(filter: $filter) {\n      items {\n        organizationId organizationName concerns minCases minPostingAgeDays\n        timeToFill { medianDays postings }\n        fillRate { numerator denominator rate cases thresholdPercent pastThreshold }\n        interviewRate { numerator denominator rate cases thresholdPercent pastThreshold }\n        retention6 { numerator denominator rate cases thresholdPercent pastThreshold }\n        endedWithin3Months { numerator denominator rate cases thresholdPercent pastThreshold }\n        belowMinimumWage { numerator denominator rate cases thresholdPercent pastThreshold }\n        insuranceMonths { numerator denominator rate cases thresholdPercent pastThreshold }\n        postings {\n          postingId title publishedOn daysToFill\n          fillRate { numerator denominator rate }\n          interviewRate { numerator denominator rate }\n        }\n      }\n    }\n  }\n": types.MyGenuinenessDocument,
    "\n  query MyIntegrityFindings { myIntegrityFindings { id kind decidedAt finding evidence note placementsExcluded } }\n": types.MyIntegrityFindingsDocument,
    "\n  query MassageClinicForEdit($id: ID!) {\n    massageClinic(id: $id) { id kind registrationNumber medicalInsuranceDesignated registeredOn endedOn organization { id name } }\n  }\n": types.MassageClinicForEditDocument,
    "\n  query MassageQualificationForEdit($id: ID!) {\n    massageQualification(id: $id) { id kind skillLevel issuer issuedOn person { id name } }\n  }\n": types.MassageQualificationForEditDocument,
    "\n  query MassageRegister {\n    massageClinics(page: { pageSize: 100 }) {\n      total items { id kind registrationNumber countyCode medicalInsuranceDesignated registeredOn endedOn organization { id name } }\n    }\n    massageQualifications(page: { pageSize: 100 }) {\n      total items { id kind skillLevel issuer issuedOn countyCode person { id name } records { id kind heldOn hours passed } }\n    }\n  }\n": types.MassageRegisterDocument,
    "\n  mutation RegisterMassageClinic($input: MassageClinicInput!) { registerMassageClinic(input: $input) { id } }\n": types.RegisterMassageClinicDocument,
    "\n  mutation UpdateMassageClinic($id: ID!, $input: MassageClinicUpdateInput!) { updateMassageClinic(id: $id, input: $input) { id } }\n": types.UpdateMassageClinicDocument,
    "\n  mutation RecordMassageQualification($input: MassageQualificationInput!) { recordMassageQualification(input: $input) { id } }\n": types.RecordMassageQualificationDocument,
    "\n  mutation UpdateMassageQualification($id: ID!, $input: MassageQualificationUpdateInput!) { updateMassageQualification(id: $id, input: $input) { id } }\n": types.UpdateMassageQualificationDocument,
    "\n  mutation AddMassageRecord($input: MassageRecordInput!) { addMassageRecord(input: $input) { id } }\n": types.AddMassageRecordDocument,
    "\n  mutation RecordPlacementFollowUp($input: RecordFollowUpInput!) {\n    recordPlacementFollowUp(input: $input) { id placementId month status source checkedOn leftOn }\n  }\n": types.RecordPlacementFollowUpDocument,
    "\n  query FollowUps($filter: FollowUpListFilter, $page: PageInput) {\n    placementFollowUps(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        placementId personName organizationName countyCode startDate endDate\n        months { month dueDate done overdue awaitingConfirmation }\n        answers { id month source status checkedOn leftOn }\n      }\n    }\n  }\n": types.FollowUpsDocument,
    "\n  query OutcomeFigures($filter: RetentionFilter!) {\n    retention(filter: $filter) {\n      from to asOf countyCode months\n      total { months due retained left unknown rate }\n      byCounty { key counts { months due retained left unknown rate } }\n      byCategory { key counts { months due retained left unknown rate } }\n      byLevel { key counts { months due retained left unknown rate } }\n      byForm { key counts { months due retained left unknown rate } }\n      byEmployerType { key counts { months due retained left unknown rate } }\n      byActionLine { key counts { months due retained left unknown rate } }\n    }\n    outcomeFunnel(filter: $filter) { from to asOf registered active applied interviewed hired due6 retained6 due12 retained12 }\n  }\n": types.OutcomeFiguresDocument,
    "\n  mutation EndPlacement($id: ID!, $endDate: String!, $reason: PlacementEndReason!, $note: String) {\n    endPlacement(id: $id, endDate: $endDate, reason: $reason, note: $note) { id endDate endReason }\n  }\n": types.EndPlacementDocument,
    "\n  mutation CorrectPlacement($id: ID!, $input: CorrectPlacementInput!) {\n    correctPlacement(id: $id, input: $input) { id startDate endDate endReason employmentForm actionLine evidence note organization { id name } }\n  }\n": types.CorrectPlacementDocument,
    "\n  query PlacementDetail($id: ID!) {\n    placement(id: $id) {\n      id startDate endDate endReason employmentForm actionLine countyCode source postingId counted excludedReason evidence note\n      contractKind contractMonths monthlyWage socialInsuranceFull\n      seeker { id name } organization { id name } workshop { id name }\n      history { id kind reason actorName createdAt changes { field from to } }\n    }\n  }\n": types.PlacementDetailDocument,
    "\n  query PlacementList($filter: PlacementFilter, $page: PageInput) {\n    placements(filter: $filter, page: $page) {\n      total page pageSize\n      items { id startDate endDate employmentForm counted countyCode seeker { id name } organization { id name } }\n    }\n  }\n": types.PlacementListDocument,
    "\n  mutation RecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }\n": types.RecordPlacementDocument,
    "\n  query FindSeekers($query: String!) { seekers(filter: { query: $query }, page: { pageSize: 10 }) { items { id name countyCode birthDate } } }\n": types.FindSeekersDocument,
    "\n  query FindOrganizations($query: String!) { organizations(filter: { query: $query }, page: { pageSize: 10 }) { items { id name countyCode } } }\n": types.FindOrganizationsDocument,
    "\n  query SeekerName($id: ID!) { seeker(id: $id) { id name countyCode } }\n": types.SeekerNameDocument,
    "\n  query PriorityOutreach($countyCode: String, $group: PriorityGroup, $page: PageInput) {\n    priorityOutreach(countyCode: $countyCode, group: $group, page: $page) {\n      asOf servedFrom countyCode group\n      counts { countyCode countyName group registered notEmployed notServed listed }\n      people { total page pageSize items { seekerId maskedName countyCode countyName groups reasons } }\n    }\n  }\n": types.PriorityOutreachDocument,
    "\n  query ActionPlanDashboard($countyCode: String, $planId: ID) {\n    plans { id title startDate endDate }\n    actionPlanDashboard(countyCode: $countyCode, planId: $planId) {\n      countyCode elapsedShare target achievedShare asOf planStatus noPlanInForce periodStart periodEnd\n      graduateServiceRateTarget graduateEmploymentRateTarget publicWelfareShareTarget\n      yearlyPace { perYear expectedToDate total months achievedShare }\n      plan { id title issuingBody documentNumber basis { title documentNumber } startDate endDate targets { countyCode } }\n      targetProgress { metric target year countyCode actionLine source from to figure achievedShare met }\n      placements {\n        total\n        byCounty { key count }\n        byActionLine { key count }\n        byForm { key count }\n        byCategory { key count }\n        byYear { key count }\n        byQuarter { year quarter count }\n      }\n      graduates { wantingAndAble served employed serviceRate employmentRate byCohort { year wantingAndAble served employed serviceRate employmentRate } }\n      publicWelfare { disabledHires totalPosts share }\n      priorityGroups { group registered employed served }\n    }\n  }\n": types.ActionPlanDashboardDocument,
    "\n  query PlanForEdit($id: ID!) {\n    plan(id: $id) {\n      id title issuingBody documentNumber basis { title documentNumber } startDate endDate notes status\n      targets { id metric value year countyCode actionLine source }\n    }\n  }\n": types.PlanForEditDocument,
    "\n  mutation SavePlan($input: PlanInput!) { savePlan(input: $input) { id title startDate endDate } }\n": types.SavePlanDocument,
    "\n  mutation DeletePlan($id: ID!) { deletePlan(id: $id) }\n": types.DeletePlanDocument,
    "\n  query PlansList {\n    plans { id title startDate endDate status issuingBody documentNumber targets { id metric value year countyCode actionLine } }\n  }\n": types.PlansListDocument,
    "\n  mutation SetPublicWelfarePosts($countyCode: String!, $year: Int!, $total: Int!, $source: String!) {\n    setPublicWelfarePosts(countyCode: $countyCode, year: $year, total: $total, source: $source)\n  }\n": types.SetPublicWelfarePostsDocument,
    "\n  query QuarterlyReportPlans { plans { id title startDate endDate } }\n": types.QuarterlyReportPlansDocument,
    "\n  query QuarterlyReport($year: Int, $quarter: Int, $countyCode: String, $planId: ID) {\n    quarterlyReport(year: $year, quarter: $quarter, countyCode: $countyCode, planId: $planId) {\n      year quarter from to countyCode exportUrl\n      plan { id title issuingBody documentNumber basis { title documentNumber } startDate endDate }\n      rows { countyCode countyName quarter yearToDate planToDate }\n      totals { quarter yearToDate planToDate }\n      byActionLine { key count }\n      byForm { key count }\n      byCategory { key count }\n      yearTarget { target source figure achievedShare }\n      fourOnes { year population checked checkRate wantingWork assessed registered served complete coverageRate }\n      graduateCohorts { year wantingAndAble served employed serviceRate employmentRate }\n      publicWelfare { disabledHires totalPosts share }\n      retention { months retained left unknown notDue rate }\n    }\n  }\n": types.QuarterlyReportDocument,
    "\n  query QuarterlySubmissions($year: Int!, $quarter: Int!) {\n    quarterlySubmissions(year: $year, quarter: $quarter) { countyCode countyName state latest { id version status signerName submittedAt } }\n  }\n": types.QuarterlySubmissionsDocument,
    "\n  query CountySubmissionVersions($year: Int!, $quarter: Int!, $countyCode: String!) {\n    quarterlySubmissionVersions(year: $year, quarter: $quarter, countyCode: $countyCode) {\n      id version status signerName submittedAt returnedAt returnReason figures { key value }\n    }\n  }\n": types.CountySubmissionVersionsDocument,
    "\n  mutation ReturnQuarterlyReport($id: ID!, $reason: String!) { returnQuarterlyReport(id: $id, reason: $reason) { id status returnReason returnedAt } }\n": types.ReturnQuarterlyReportDocument,
    "\n  query CompareQuarterlySubmissions($fromId: ID!, $toId: ID!) { compareQuarterlySubmissions(fromId: $fromId, toId: $toId) { key before after } }\n": types.CompareQuarterlySubmissionsDocument,
    "\n  query QuarterlySubmissionVersions($year: Int!, $quarter: Int!, $countyCode: String!) {\n    quarterlySubmissionVersions(year: $year, quarter: $quarter, countyCode: $countyCode) { id version status signerName submittedAt returnedAt returnReason }\n  }\n": types.QuarterlySubmissionVersionsDocument,
    "\n  mutation SubmitQuarterlyReport($year: Int!, $quarter: Int!, $countyCode: String!) {\n    submitQuarterlyReport(year: $year, quarter: $quarter, countyCode: $countyCode) { id version status signerName submittedAt returnedAt returnReason }\n  }\n": types.SubmitQuarterlyReportDocument,
    "\n  mutation SetPlacementContract($placementId: ID!, $input: PlacementContractInput!) {\n    setPlacementContract(placementId: $placementId, input: $input) {\n      placementId contractKind contractMonths monthlyWage socialInsuranceFull partTime\n    }\n  }\n": types.SetPlacementContractDocument,
    "\n  query EmployerQuotaOrganization { myOrganization { id name type } }\n": types.EmployerQuotaOrganizationDocument,
    "\n  query EmployerQuotaPosition($organizationId: ID!, $year: Int!) {\n    quotaPosition(organizationId: $organizationId, year: $year) { ...QuotaPositionFields }\n    organizationYears(organizationId: $organizationId) { year staffCount averageWage establishedPosts }\n  }\n": types.EmployerQuotaPositionDocument,
    "\n  mutation SaveOrganizationYear($input: OrganizationYearInput!) {\n    saveOrganizationYear(input: $input) { organizationId year staffCount averageWage establishedPosts }\n  }\n": types.SaveOrganizationYearDocument,
    "\n  query EmployerQuotaReviewPack($organizationId: ID!, $year: Int!) {\n    quotaReviewPack(organizationId: $organizationId, year: $year) { ...QuotaReviewPackFields }\n  }\n": types.EmployerQuotaReviewPackDocument,
    "\n  mutation SetInsuranceMonths($placementId: ID!, $year: Int!, $months: Int!) {\n    setInsuranceMonths(placementId: $placementId, year: $year, months: $months) { placementId year insuranceMonths }\n  }\n": types.SetInsuranceMonthsDocument,
    "\n  mutation SubmitQuotaReviewPack($organizationId: ID!, $year: Int!) {\n    submitQuotaReviewPack(organizationId: $organizationId, year: $year) { id version status }\n  }\n": types.SubmitQuotaReviewPackDocument,
    "\n  query PolicySettings {\n    policySettings { key label value source confirmed updatedBy updatedByName updatedAt defaultValue }\n  }\n": types.PolicySettingsDocument,
    "\n  query PolicySettingHistory($key: String!) {\n    policySettingHistory(key: $key) { id oldValue newValue oldSource newSource note changedBy changedByName changedAt }\n  }\n": types.PolicySettingHistoryDocument,
    "\n  mutation UpdatePolicySetting($key: String!, $value: JSON!, $source: String, $note: String) {\n    updatePolicySetting(key: $key, value: $value, source: $source, note: $note) {\n      key value source confirmed updatedBy updatedByName updatedAt\n    }\n  }\n": types.UpdatePolicySettingDocument,
    "\n  query OrganizationsBelowQuota($year: Int!, $countyCode: String, $page: PageInput) {\n    organizationsBelowQuota(year: $year, countyCode: $countyCode, page: $page) {\n      total page pageSize\n      items {\n        organizationId staffCount required counted achievedRatioPercent ratioMet atLeastOneApplies atLeastOneMet\n        levyPayable smallEnterpriseExempt wageEstimated\n        organization { id name type countyCode }\n      }\n    }\n  }\n": types.OrganizationsBelowQuotaDocument,
    "\n  query StaffQuotaPosition($organizationId: ID!, $year: Int!) {\n    quotaPosition(organizationId: $organizationId, year: $year) {\n      ...QuotaPositionFields\n      organization { id name type countyCode }\n    }\n  }\n": types.StaffQuotaPositionDocument,
    "\n  fragment QuotaPositionFields on QuotaPosition {\n    organizationId year provisional yearDataEntered staffCount averageWage ratioPercent requiredExact required counted\n    countedPeople achievedRatioPercent ratioMet atLeastOneApplies atLeastOneMet shortfall socialAverageWage\n    socialAverageWageYear wageCap levyWage wageCapped levyDue reductionPayPercent smallEnterpriseExempt levyPayable wageEstimated notes\n    people {\n      seekerId name certificateNumber severe weight months units counts graduateFullYear reasons\n      placements { placementId startDate contractKind contractMonths monthlyWage socialInsuranceFull }\n    }\n  }\n": types.QuotaPositionFieldsFragmentDoc,
    "\n  query QuotaReviewSubmission($id: ID!) { quotaReviewSubmission(id: $id) { ...QuotaReviewPackFields } }\n": types.QuotaReviewSubmissionDocument,
    "\n  mutation ConfirmQuotaReviewPack($id: ID!) { confirmQuotaReviewPack(id: $id) { id status reviewedAt reviewedByName } }\n": types.ConfirmQuotaReviewPackDocument,
    "\n  mutation ReturnQuotaReviewPack($id: ID!, $reason: String!) { returnQuotaReviewPack(id: $id, reason: $reason) { id status returnReason } }\n": types.ReturnQuotaReviewPackDocument,
    "\n  fragment QuotaReviewRowFields on QuotaReviewSubmission {\n    id organizationId organizationName countyCode year version status submittedAt submittedByName reviewedAt reviewedByName\n    required counted shortfall levyPayable\n  }\n": types.QuotaReviewRowFieldsFragmentDoc,
    "\n  query QuotaReviewQueue($page: PageInput) {\n    quotaReviewQueue(page: $page) { total page pageSize items { ...QuotaReviewRowFields } }\n  }\n": types.QuotaReviewQueueDocument,
    "\n  query ConfirmedQuotaReviewPacks($year: Int!, $page: PageInput) {\n    confirmedQuotaReviewPacks(year: $year, page: $page) { total page pageSize items { ...QuotaReviewRowFields } }\n  }\n": types.ConfirmedQuotaReviewPacksDocument,
    "\n  fragment QuotaReviewPackFields on QuotaReviewPack {\n    id version status organizationId organizationName creditCode countyCode year provisional ratioMet notes\n    submittedAt submittedByName reviewedAt reviewedByName returnReason\n    lines { key label value rule }\n    people {\n      seekerId name certificateNumber level severe weight monthsEmployed monthsCounted insuranceMonths insuranceShort units counts\n      graduateFullYear reasons\n      placements { placementId startDate endDate contractKind contractMonths monthlyWage partTime monthsEmployed insuranceMonths }\n    }\n    submissions { id version status submittedAt submittedByName reviewedAt returnReason }\n  }\n": types.QuotaReviewPackFieldsFragmentDoc,
    "\n  query OrganizationToVerify($id: ID!) {\n    organization(id: $id) {\n      id name creditCode creditCodeValid type countyCode address description submittedAt verificationStatus verificationNote\n      privateDetails { contactName contactPhone staffCount }\n      licence { mimeType byteSize fileName uploadedAt url }\n      verificationHistory { id decision fromStatus toStatus note closedPostings createdAt deciderOffice deciderName }\n    }\n  }\n": types.OrganizationToVerifyDocument,
    "\n  mutation DecideOrganization($input: OrganizationDecisionInput!) {\n    decideOrganization(input: $input) { id verificationStatus verificationNote verifiedAt }\n  }\n": types.DecideOrganizationDocument,
    "\n  query VerificationQueue($filter: VerificationQueueFilter, $page: PageInput) {\n    verificationQueue(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        id name creditCode creditCodeValid type countyCode submittedAt verificationStatus verificationNote\n        privateDetails { contactName contactPhone }\n        licence { mimeType }\n      }\n    }\n  }\n": types.VerificationQueueDocument,
    "\n  query CountyWorkshopOptions($county: String!) {\n    workshops(filter: { countyCode: $county }, page: { pageSize: 100 }) { items { id name kind capacity employedCount } }\n  }\n": types.CountyWorkshopOptionsDocument,
    "\n  mutation LinkPlacementToWorkshop($placementId: ID!, $workshopId: ID) {\n    linkPlacementToWorkshop(placementId: $placementId, workshopId: $workshopId) { id workshopId workshop { id name } }\n  }\n": types.LinkPlacementToWorkshopDocument,
    "\n  query WorkshopsByCounty { workshopsByCounty { countyCode workshops capacity employed } }\n": types.WorkshopsByCountyDocument,
    "\n  query CountyWorkshops($filter: WorkshopFilter) {\n    workshops(filter: $filter, page: { pageSize: 100 }) { total items { id kind name capacity employedCount canManage } }\n  }\n": types.CountyWorkshopsDocument,
    "\n  query WorkshopForEdit($id: ID!) {\n    workshop(id: $id) {\n      id kind name countyCode town address capacity supports accessibilityNote workKinds homeBased description contactName contactPhone\n      organizationId employedCount canManage\n    }\n  }\n": types.WorkshopForEditDocument,
    "\n  mutation CreateWorkshop($input: WorkshopInput!) { createWorkshop(input: $input) { id name } }\n": types.CreateWorkshopDocument,
    "\n  mutation UpdateWorkshop($id: ID!, $input: WorkshopInput!) { updateWorkshop(id: $id, input: $input) { id name capacity employedCount } }\n": types.UpdateWorkshopDocument,
    "\n  query MySubsidyApplications {\n    mySubsidyApplications { subsidyName personName application { id status submittedAt decisionReason } }\n  }\n": types.MySubsidyApplicationsDocument,
    "\n  query SubsidyCatalogue {\n    subsidies { code name claimant claimantStated source eligibility evaluated funds unverified amount { verified text source } }\n  }\n": types.SubsidyCatalogueDocument,
    "\n  query SubsidyEligibility {\n    subsidyEligibility {\n      organizationId seekerId asOf quotaYear needsProfile\n      hires { placementId personName startDate employmentForm items { ...EligibilityItemFields } }\n      own { ...EligibilityItemFields }\n    }\n  }\n  fragment EligibilityItemFields on EligibilityItemModel {\n    placementId outcome reason why\n    facts { key label value }\n    application { id status }\n    subsidy { code name source eligibility unverified amount { verified text } }\n  }\n": types.SubsidyEligibilityDocument,
    "\n  query SubsidyApplications($filter: SubsidyApplicationFilter) {\n    subsidyApplications(filter: $filter, page: { page: 1, pageSize: 50 }) {\n      total\n      items {\n        subsidyName applicantName personName why facts { label value }\n        application { id status subsidyCode countyCode note submittedAt decisionReason }\n      }\n    }\n  }\n": types.SubsidyApplicationsDocument,
    "\n  mutation DecideSubsidyApplication($input: DecideSubsidyInput!) { decideSubsidyApplication(input: $input) { id status decisionReason } }\n": types.DecideSubsidyApplicationDocument,
    "\n  mutation ApplyForSubsidy($input: ApplySubsidyInput!) { applyForSubsidy(input: $input) { id status subsidyCode placementId } }\n": types.ApplyForSubsidyDocument,
    "\n  fragment CourseCardFields on TrainingCourse {\n    id title kind skills certificateKind certificateLevel startsOn endsOn schedule sessions mode venueName address\n    capacity enrolledCount open feeYuan subsidyNote subsidyYuan subsidySource subsidyAmountText\n    stepFreeRoute accessibleToilets hearingLoop tactilePaving signLanguage brailleMaterials largePrint captions\n    county { code nameZh nameEn }\n    provider { id name }\n  }\n": types.CourseCardFieldsFragmentDoc,
    "\n  query TalentPool($filter: TalentPoolFilter, $page: PageInput) {\n    talentPool(filter: $filter, page: $page) {\n      total page pageSize\n      items { seekerId displayName countyCode education skills employmentStatus certificates { enrolmentId courseTitle certificateKind certificateLevel } }\n    }\n  }\n": types.TalentPoolDocument,
    "\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      ...CourseCardFields\n      description accessibilityNote canManage hasPlaces\n      provider { id name kind address contactPhone }\n      myEnrolment { id status }\n    }\n  }\n": types.CourseDetailDocument,
    "\n  mutation EnrolInCourse($courseId: ID!) {\n    enrol(courseId: $courseId) { id status course { id enrolledCount hasPlaces myEnrolment { id status } } }\n  }\n": types.EnrolInCourseDocument,
    "\n  query BrowseCourses($filter: CourseFilter, $page: PageInput) {\n    courses(filter: $filter, page: $page) { total page pageSize items { ...CourseCardFields } }\n  }\n": types.BrowseCoursesDocument,
    "\n  query MyEnrolments {\n    myEnrolments {\n      id status sessionsAttended certificateKind certificateLevel certificateNumber certificateIssuedOn\n      onBehalf { staffName office }\n      course { id title startsOn endsOn sessions mode venueName address county { code nameZh nameEn } }\n    }\n  }\n": types.MyEnrolmentsDocument,
    "\n  mutation WithdrawEnrolment($id: ID!) { withdrawEnrolment(enrolmentId: $id) { id status course { id enrolledCount hasPlaces } } }\n": types.WithdrawEnrolmentDocument,
    "\n  query CourseEditorContext($id: ID!, $withCourse: Boolean!) {\n    trainingProviders { id name canManage }\n    course(id: $id) @include(if: $withCourse) {\n      id providerId title kind description skills certificateKind certificateLevel countyCode startsOn endsOn schedule sessions mode\n      venueName address stepFreeRoute accessibleToilets hearingLoop tactilePaving accessibilityNote signLanguage brailleMaterials\n      largePrint captions feeYuan subsidyNote subsidyYuan subsidySource capacity open canManage\n    }\n  }\n": types.CourseEditorContextDocument,
    "mutation CreateCourse($input: CourseInput!) { createCourse(input: $input) { id title } }": types.CreateCourseDocument,
    "mutation UpdateCourse($id: ID!, $input: CourseInput!) { updateCourse(id: $id, input: $input) { id title capacity enrolledCount open } }": types.UpdateCourseDocument,
    "\n  query OnBehalfEnrolContext($id: ID!) {\n    seeker(id: $id) { id name consents }\n    courses(page: { pageSize: 50 }) { items { id title startsOn endsOn capacity enrolledCount mode venueName address county { code nameZh nameEn } } }\n  }\n": types.OnBehalfEnrolContextDocument,
    "\n  mutation EnrolOnBehalf($seekerId: ID!, $courseId: ID!) {\n    enrol(seekerId: $seekerId, courseId: $courseId) { id status course { id title enrolledCount } onBehalf { staffName office } }\n  }\n": types.EnrolOnBehalfDocument,
    "\n  query CourseRoster($id: ID!) {\n    course(id: $id) { id title sessions certificateKind certificateLevel canManage }\n    courseEnrolments(courseId: $id) {\n      id status sessionsAttended certificateNumber\n      seeker { id name countyCode }\n    }\n  }\n": types.CourseRosterDocument,
    "\n  mutation RecordAttendance($id: ID!, $n: Int!) { recordAttendance(enrolmentId: $id, sessionsAttended: $n) { id sessionsAttended } }\n": types.RecordAttendanceDocument,
    "\n  mutation RecordCompletion($id: ID!, $input: CompletionInput!) {\n    recordCompletion(enrolmentId: $id, input: $input) { id status certificateNumber certificateKind certificateLevel }\n  }\n": types.RecordCompletionDocument,
    "\n  query StaffCourses {\n    courses(filter: { includeClosed: true }, page: { page: 1, pageSize: 100 }) {\n      total items { id title startsOn endsOn capacity enrolledCount open canManage }\n    }\n    trainingProviders { id name kind countyCode canManage }\n  }\n": types.StaffCoursesDocument,
    "\n  mutation SaveTrainingProvider($input: ProviderInput!) { saveTrainingProvider(input: $input) { id name kind countyCode canManage } }\n": types.SaveTrainingProviderDocument,
    "\n  query WorkshopDetail($id: ID!) {\n    workshop(id: $id) {\n      id kind name town address capacity employedCount homeBased workKinds supports accessibilityNote description\n      contactName contactPhone source county { code nameZh nameEn }\n    }\n  }\n": types.WorkshopDetailDocument,
    "\n  query BrowseWorkshops($filter: WorkshopFilter, $page: PageInput) {\n    workshops(filter: $filter, page: $page) {\n      total\n      items { id kind name town capacity employedCount homeBased workKinds supports county { code nameZh nameEn } }\n    }\n  }\n": types.BrowseWorkshopsDocument,
    "\n  query MyWorkshopCounty { myProfile { id countyCode } }\n": types.MyWorkshopCountyDocument,
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
export function graphql(source: "\n  query EventDeliveryReport($eventId: ID!) {\n    eventDeliveryReport(eventId: $eventId) { recipients counts { channel status count } unreached { userId name phone role } }\n  }\n"): (typeof documents)["\n  query EventDeliveryReport($eventId: ID!) {\n    eventDeliveryReport(eventId: $eventId) { recipients counts { channel status count } unreached { userId name phone role } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeekerNotificationPreferences($seekerId: ID!) {\n    seekerNotificationPreferences(seekerId: $seekerId) { hasPhone hasEmail smsOff items { kind channels } }\n  }\n"): (typeof documents)["\n  query SeekerNotificationPreferences($seekerId: ID!) {\n    seekerNotificationPreferences(seekerId: $seekerId) { hasPhone hasEmail smsOff items { kind channels } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionStatus { sessionStatus { idleTimeoutSeconds expiresAt } }\n"): (typeof documents)["\n  query SessionStatus { sessionStatus { idleTimeoutSeconds expiresAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Counties { counties { code nameZh nameEn } }\n"): (typeof documents)["\n  query Counties { counties { code nameZh nameEn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchFields on MatchModel {\n    score eligible\n    reasons { code text }\n    gaps { code text blocking closedBy subsidy fundingHints { code name } }\n  }\n"): (typeof documents)["\n  fragment MatchFields on MatchModel {\n    score eligible\n    reasons { code text }\n    gaps { code text blocking closedBy subsidy fundingHints { code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostingCardFields on Posting {\n    id title reserved employmentForm salaryMin salaryMax openingsLeft deadline supports\n    county { code nameZh nameEn }\n    organization { id name type verificationStatus }\n  }\n"): (typeof documents)["\n  fragment PostingCardFields on Posting {\n    id title reserved employmentForm salaryMin salaryMax openingsLeft deadline supports\n    county { code nameZh nameEn }\n    organization { id name type verificationStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResumeFields on Resume {\n    version updatedAt hiddenSections\n    education { school major degree enrolledOn graduatedOn }\n    work { employerName jobTitle startDate endDate duties }\n    skills { skill evidence }\n    certificates { certificateKind certificateName issuer issuedOn expiresOn }\n    languages { language proficiency }\n    assistiveTech { tool toolNote }\n    visibility { education work skills certificates languages assistiveTech }\n  }\n"): (typeof documents)["\n  fragment ResumeFields on Resume {\n    version updatedAt hiddenSections\n    education { school major degree enrolledOn graduatedOn }\n    work { employerName jobTitle startDate endDate duties }\n    skills { skill evidence }\n    certificates { certificateKind certificateName issuer issuedOn expiresOn }\n    languages { language proficiency }\n    assistiveTech { tool toolNote }\n    visibility { education work skills certificates languages assistiveTech }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id displayName role locale phone email scopeCountyCode mustChangePassword }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id displayName role locale phone email scopeCountyCode mustChangePassword }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences {\n    myNotificationPreferences { hasPhone hasEmail smsOff items { kind channels isDefault } }\n  }\n"): (typeof documents)["\n  query MyNotificationPreferences {\n    myNotificationPreferences { hasPhone hasEmail smsOff items { kind channels isDefault } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { hasPhone hasEmail smsOff items { kind channels isDefault } }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) { hasPhone hasEmail smsOff items { kind channels isDefault } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deliveries {\n    failedDeliveries(page: { pageSize: 50 }) { total items { id channel kind attempts lastError updatedAt recipientName recipientPhone } }\n    sentMessages(page: { pageSize: 50 }) { total items { id channel transport recipient kind subject body createdAt } }\n  }\n"): (typeof documents)["\n  query Deliveries {\n    failedDeliveries(page: { pageSize: 50 }) { total items { id channel kind attempts lastError updatedAt recipientName recipientPhone } }\n    sentMessages(page: { pageSize: 50 }) { total items { id channel transport recipient kind subject body createdAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryDelivery($id: ID!) { retryDelivery(id: $id) }\n"): (typeof documents)["\n  mutation RetryDelivery($id: ID!) { retryDelivery(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnBehalfApplySeeker($id: ID!) { seeker(id: $id) { id name consents } }\n"): (typeof documents)["\n  query OnBehalfApplySeeker($id: ID!) { seeker(id: $id) { id name consents } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnBehalfFindJobs($query: String!) {\n    searchPostings(query: $query, page: { pageSize: 10 }) {\n      total items { posting { id title organization { id name } county { code nameZh nameEn } } }\n    }\n  }\n"): (typeof documents)["\n  query OnBehalfFindJobs($query: String!) {\n    searchPostings(query: $query, page: { pageSize: 10 }) {\n      total items { posting { id title organization { id name } county { code nameZh nameEn } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyOnBehalf($seekerId: ID!, $input: ApplyInput!) {\n    applyOnBehalf(seekerId: $seekerId, input: $input) { id status posting { id title } onBehalf { staffName office } }\n  }\n"): (typeof documents)["\n  mutation ApplyOnBehalf($seekerId: ID!, $input: ApplyInput!) {\n    applyOnBehalf(seekerId: $seekerId, input: $input) { id status posting { id title } onBehalf { staffName office } }\n  }\n"];
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
export function graphql(source: "\n  query MyInvitations {\n    myInvitations {\n      id status note createdAt declineReason\n      posting { id title status openingsLeft organization { id name } myMatch { ...MatchFields } myApplication { id status } }\n    }\n  }\n"): (typeof documents)["\n  query MyInvitations {\n    myInvitations {\n      id status note createdAt declineReason\n      posting { id title status openingsLeft organization { id name } myMatch { ...MatchFields } myApplication { id status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) { id status declineReason respondedAt }\n  }\n"): (typeof documents)["\n  mutation DeclineInvitation($input: DeclineInvitationInput!) {\n    declineInvitation(input: $input) { id status declineReason respondedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplications($page: PageInput) {\n    myApplications(page: $page) {\n      total page pageSize\n      items {\n        id status moves createdAt updatedAt note accommodations accommodationNote rejectionReason unreadMessages\n        onBehalf { staffName office }\n        posting { id title organization { id name } county { code nameZh nameEn } }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyApplications($page: PageInput) {\n    myApplications(page: $page) {\n      total page pageSize\n      items {\n        id status moves createdAt updatedAt note accommodations accommodationNote rejectionReason unreadMessages\n        onBehalf { staffName office }\n        posting { id title organization { id name } county { code nameZh nameEn } }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) { id status moves updatedAt history { id fromStatus toStatus reason createdAt } }\n  }\n"): (typeof documents)["\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) { id status moves updatedAt history { id fromStatus toStatus reason createdAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { id mustChangePassword }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { id mustChangePassword }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { user { id role displayName mustChangePassword } }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) { user { id role displayName mustChangePassword } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id role displayName } }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id role displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCheckIns { myCheckIns { placementId month dueDate startDate organizationName personName answer recordedByStaff staffLeftOn } }\n"): (typeof documents)["\n  query MyCheckIns { myCheckIns { placementId month dueDate startDate organizationName personName answer recordedByStaff staffLeftOn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerPlacementCheckIn($placementId: ID!, $month: Int!, $stillEmployed: Boolean!, $leftOn: String) {\n    answerPlacementCheckIn(placementId: $placementId, month: $month, stillEmployed: $stillEmployed, leftOn: $leftOn) { id status source leftOn }\n  }\n"): (typeof documents)["\n  mutation AnswerPlacementCheckIn($placementId: ID!, $month: Int!, $stillEmployed: Boolean!, $leftOn: String) {\n    answerPlacementCheckIn(placementId: $placementId, month: $month, stillEmployed: $stillEmployed, leftOn: $leftOn) { id status source leftOn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingApplicants($postingId: ID!, $status: ApplicationStatus, $page: PageInput) {\n    posting(id: $postingId) { id title status openings openingsLeft }\n    applicationsForPosting(postingId: $postingId, status: $status, page: $page) {\n      total page pageSize\n      items {\n        id status moves createdAt note accommodations accommodationNote rejectionReason unreadMessages\n        seeker {\n          id name age gender phone skills category level cannotDo supportsMust supportsNice education experience\n          county { code nameZh nameEn }\n          resume { ...ResumeFields }\n        }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostingApplicants($postingId: ID!, $status: ApplicationStatus, $page: PageInput) {\n    posting(id: $postingId) { id title status openings openingsLeft }\n    applicationsForPosting(postingId: $postingId, status: $status, page: $page) {\n      total page pageSize\n      items {\n        id status moves createdAt note accommodations accommodationNote rejectionReason unreadMessages\n        seeker {\n          id name age gender phone skills category level cannotDo supportsMust supportsNice education experience\n          county { code nameZh nameEn }\n          resume { ...ResumeFields }\n        }\n        history { id fromStatus toStatus reason createdAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id status moves rejectionReason\n      history { id fromStatus toStatus reason createdAt }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id status moves rejectionReason\n      history { id fromStatus toStatus reason createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingCandidates($postingId: ID!, $page: PageInput) {\n    posting(id: $postingId) { id title status openingsLeft }\n    invitationsForPosting(postingId: $postingId) { id seekerId status declineReason }\n    candidates(postingId: $postingId, page: $page) {\n      total page pageSize\n      items {\n        seekerId maskedName ageRange countyCode education preferredForms skills\n        match { ...MatchFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostingCandidates($postingId: ID!, $page: PageInput) {\n    posting(id: $postingId) { id title status openingsLeft }\n    invitationsForPosting(postingId: $postingId) { id seekerId status declineReason }\n    candidates(postingId: $postingId, page: $page) {\n      total page pageSize\n      items {\n        seekerId maskedName ageRange countyCode education preferredForms skills\n        match { ...MatchFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToApply($input: InviteToApplyInput!) {\n    inviteToApply(input: $input) { id seekerId status declineReason }\n  }\n"): (typeof documents)["\n  mutation InviteToApply($input: InviteToApplyInput!) {\n    inviteToApply(input: $input) { id seekerId status declineReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPostings($status: PostingStatus, $page: PageInput) {\n    myOrganization { id name verificationStatus }\n    myPostings(status: $status, page: $page) {\n      total page pageSize\n      items { id title status reserved openings openingsLeft applicationCount deadline publishedAt updatedAt welfarePost campaigns { id nameZh nameEn } }\n    }\n  }\n"): (typeof documents)["\n  query MyPostings($status: PostingStatus, $page: PageInput) {\n    myOrganization { id name verificationStatus }\n    myPostings(status: $status, page: $page) {\n      total page pageSize\n      items { id title status reserved openings openingsLeft applicationCount deadline publishedAt updatedAt welfarePost campaigns { id nameZh nameEn } }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyOrganization {\n    myOrganization {\n      id name creditCode type countyCode address description isSchool verificationStatus verificationNote verifiedAt\n      privateDetails { contactName contactPhone staffCount establishedPosts }\n      licence { fileName uploadedAt url }\n      verificationHistory { id decision fromStatus toStatus note closedPostings createdAt deciderOffice deciderName }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganization {\n    myOrganization {\n      id name creditCode type countyCode address description isSchool verificationStatus verificationNote verifiedAt\n      privateDetails { contactName contactPhone staffCount establishedPosts }\n      licence { fileName uploadedAt url }\n      verificationHistory { id decision fromStatus toStatus note closedPostings createdAt deciderOffice deciderName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) { id name verificationStatus }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) { id name verificationStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitOrganization($id: ID!) {\n    resubmitOrganization(id: $id) { id verificationStatus verificationNote submittedAt }\n  }\n"): (typeof documents)["\n  mutation ResubmitOrganization($id: ID!) {\n    resubmitOrganization(id: $id) { id verificationStatus verificationNote submittedAt }\n  }\n"];
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
export function graphql(source: "\n  query EmployerEvents {\n    myOrganization { id name type verificationStatus }\n    myBooths {\n      id status declineReason createdAt\n      event { id title status mode startsAt endsAt venueName address county { code nameZh nameEn } }\n      postings { id title reserved }\n      applicants { id }\n    }\n    events(page: { page: 1, pageSize: 100 }) {\n      total\n      items {\n        id title status kind mode startsAt endsAt venueName address openToBoothApplications boothLimit boothCount targetOrganizationTypes\n        county { code nameZh nameEn }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployerEvents {\n    myOrganization { id name type verificationStatus }\n    myBooths {\n      id status declineReason createdAt\n      event { id title status mode startsAt endsAt venueName address county { code nameZh nameEn } }\n      postings { id title reserved }\n      applicants { id }\n    }\n    events(page: { page: 1, pageSize: 100 }) {\n      total\n      items {\n        id title status kind mode startsAt endsAt venueName address openToBoothApplications boothLimit boothCount targetOrganizationTypes\n        county { code nameZh nameEn }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyEventRegistrations {\n    myEventRegistrations {\n      id status createdAt checkedInAt waitlistPosition ticketCode ticketQrSvg\n      onBehalf { staffName office }\n      services { id service notes }\n      event {\n        id title status mode startsAt endsAt venueName address onlineUrl cancelReason\n        county { code nameZh nameEn }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEventRegistrations {\n    myEventRegistrations {\n      id status createdAt checkedInAt waitlistPosition ticketCode ticketQrSvg\n      onBehalf { staffName office }\n      services { id service notes }\n      event {\n        id title status mode startsAt endsAt venueName address onlineUrl cancelReason\n        county { code nameZh nameEn }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query CheckInEvent($id: ID!) {\n    event(id: $id) { id title status startsAt endsAt canManage county { nameZh nameEn } overview { registered checkedIn } }\n  }\n"): (typeof documents)["\n  query CheckInEvent($id: ID!) {\n    event(id: $id) { id title status startsAt endsAt canManage county { nameZh nameEn } overview { registered checkedIn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInTicket($eventId: ID!, $ticketCode: String!) {\n    checkInTicket(eventId: $eventId, ticketCode: $ticketCode) { id status checkedInAt seeker { id name } services { id service notes } }\n  }\n"): (typeof documents)["\n  mutation CheckInTicket($eventId: ID!, $ticketCode: String!) {\n    checkInTicket(eventId: $eventId, ticketCode: $ticketCode) { id status checkedInAt seeker { id name } services { id service notes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventForEdit($id: ID!) {\n    event(id: $id) {\n      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt\n      venueName address onlineUrl latitude longitude accessibilityNote\n      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n      serviceOffers { service quantity }\n      graduationYears targetCategories targetCounties targetOrganizationTypes\n      seekerCapacity boothLimit openToBoothApplications registeredCount boothCount canManage county { nameZh nameEn }\n    }\n  }\n"): (typeof documents)["\n  query EventForEdit($id: ID!) {\n    event(id: $id) {\n      id title kind mode status organizer countyCode description startsAt endsAt registrationOpensAt registrationClosesAt\n      venueName address onlineUrl latitude longitude accessibilityNote\n      stepFreeRoute accessibleToilets tactilePaving quietRoom accessibleParking seating\n      serviceOffers { service quantity }\n      graduationYears targetCategories targetCounties targetOrganizationTypes\n      seekerCapacity boothLimit openToBoothApplications registeredCount boothCount canManage county { nameZh nameEn }\n    }\n  }\n"];
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
export function graphql(source: "\n  query EventOutcomes($id: ID!) {\n    event(id: $id) {\n      id title status startsAt endsAt canManage county { nameZh nameEn }\n      outcomes {\n        registered attended applications interviews offers hires exportUrl\n        employers { organizationId organizationName applications interviews offers hires }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventOutcomes($id: ID!) {\n    event(id: $id) {\n      id title status startsAt endsAt canManage county { nameZh nameEn }\n      outcomes {\n        registered attended applications interviews offers hires exportUrl\n        employers { organizationId organizationName applications interviews offers hires }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnBehalfRegisterContext($id: ID!) {\n    seeker(id: $id) { id name consents }\n    events(page: { pageSize: 30 }) {\n      items { id title status startsAt endsAt seekerCapacity registeredCount serviceOffers { service quantity } }\n    }\n  }\n"): (typeof documents)["\n  query OnBehalfRegisterContext($id: ID!) {\n    seeker(id: $id) { id name consents }\n    events(page: { pageSize: 30 }) {\n      items { id title status startsAt endsAt seekerCapacity registeredCount serviceOffers { service quantity } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterOnBehalf($seekerId: ID!, $eventId: ID!, $services: [ServiceRequestInput!]!) {\n    registerOnBehalf(seekerId: $seekerId, eventId: $eventId, services: $services) {\n      id status waitlistPosition event { id title registeredCount } onBehalf { staffName office }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterOnBehalf($seekerId: ID!, $eventId: ID!, $services: [ServiceRequestInput!]!) {\n    registerOnBehalf(seekerId: $seekerId, eventId: $eventId, services: $services) {\n      id status waitlistPosition event { id title registeredCount } onBehalf { staffName office }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffEventRegistrations($eventId: ID!, $status: RegistrationStatus) {\n    event(id: $eventId) { id title seekerCapacity registeredCount }\n    eventRegistrations(eventId: $eventId, status: $status) {\n      id status createdAt checkedInAt waitlistPosition\n      seeker { id name phone category }\n      services { id service notes }\n    }\n  }\n"): (typeof documents)["\n  query StaffEventRegistrations($eventId: ID!, $status: RegistrationStatus) {\n    event(id: $eventId) { id title seekerCapacity registeredCount }\n    eventRegistrations(eventId: $eventId, status: $status) {\n      id status createdAt checkedInAt waitlistPosition\n      seeker { id name phone category }\n      services { id service notes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffEvent($id: ID!) {\n    event(id: $id) {\n      id title kind mode status startsAt endsAt venueName address cancelReason seekerCapacity boothLimit openToBoothApplications canManage\n      county { code nameZh nameEn }\n      overview {\n        registered waitlisted checkedIn cancelled\n        services { service requested offered shortage }\n        booths { invited applied approved declined withdrawn limit }\n      }\n      booths {\n        id status note declineReason createdAt\n        organization { id name type }\n        postings { id title reserved }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffEvent($id: ID!) {\n    event(id: $id) {\n      id title kind mode status startsAt endsAt venueName address cancelReason seekerCapacity boothLimit openToBoothApplications canManage\n      county { code nameZh nameEn }\n      overview {\n        registered waitlisted checkedIn cancelled\n        services { service requested offered shortage }\n        booths { invited applied approved declined withdrawn limit }\n      }\n      booths {\n        id status note declineReason createdAt\n        organization { id name type }\n        postings { id title reserved }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query StaffEvents($filter: EventFilter, $page: PageInput) {\n    events(filter: $filter, page: $page) {\n      total page pageSize\n      items { id title kind mode status startsAt endsAt seekerCapacity registeredCount boothLimit boothCount canManage county { code nameZh nameEn } }\n    }\n  }\n"): (typeof documents)["\n  query StaffEvents($filter: EventFilter, $page: PageInput) {\n    events(filter: $filter, page: $page) {\n      total page pageSize\n      items { id title kind mode status startsAt endsAt seekerCapacity registeredCount boothLimit boothCount canManage county { code nameZh nameEn } }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ApplicationConversation($id: ID!) {\n    application(id: $id) {\n      id status\n      posting { id title organization { id name } }\n      seeker { id name }\n      interviews {\n        id status startsAt durationMinutes mode place accessFeatures accessNote onlineUrl contact message seekerNote cancelReason\n        outcome outcomeNote calendarUrl\n        accommodations { accommodation status arrangement }\n        serviceRequests { id status handledNote }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationConversation($id: ID!) {\n    application(id: $id) {\n      id status\n      posting { id title organization { id name } }\n      seeker { id name }\n      interviews {\n        id status startsAt durationMinutes mode place accessFeatures accessNote onlineUrl contact message seekerNote cancelReason\n        outcome outcomeNote calendarUrl\n        accommodations { accommodation status arrangement }\n        serviceRequests { id status handledNote }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountyInterviews {\n    countyInterviews { interview { id applicationId startsAt } seekerName countyCode postingTitle organizationName openAccommodations }\n    serviceRequests { request { id kind status note createdAt } seekerName postingTitle organizationName startsAt }\n  }\n"): (typeof documents)["\n  query CountyInterviews {\n    countyInterviews { interview { id applicationId startsAt } seekerName countyCode postingTitle organizationName openAccommodations }\n    serviceRequests { request { id kind status note createdAt } seekerName postingTitle organizationName startsAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandleServiceRequest($input: HandleServiceRequestInput!) {\n    handleServiceRequest(input: $input) { id status handledNote }\n  }\n"): (typeof documents)["\n  mutation HandleServiceRequest($input: HandleServiceRequestInput!) {\n    handleServiceRequest(input: $input) { id status handledNote }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleInterview($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) { id status startsAt }\n  }\n"): (typeof documents)["\n  mutation ScheduleInterview($input: ScheduleInterviewInput!) {\n    scheduleInterview(input: $input) { id status startsAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleInterview($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) { id status startsAt durationMinutes mode place accessFeatures accessNote onlineUrl contact message seekerNote }\n  }\n"): (typeof documents)["\n  mutation RescheduleInterview($input: RescheduleInterviewInput!) {\n    rescheduleInterview(input: $input) { id status startsAt durationMinutes mode place accessFeatures accessNote onlineUrl contact message seekerNote }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToInterview($input: RespondToInterviewInput!) {\n    respondToInterview(input: $input) { id status seekerNote }\n  }\n"): (typeof documents)["\n  mutation RespondToInterview($input: RespondToInterviewInput!) {\n    respondToInterview(input: $input) { id status seekerNote }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAccommodation($input: ConfirmAccommodationInput!) {\n    confirmAccommodation(input: $input) { accommodation status arrangement updatedAt }\n  }\n"): (typeof documents)["\n  mutation ConfirmAccommodation($input: ConfirmAccommodationInput!) {\n    confirmAccommodation(input: $input) { accommodation status arrangement updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelInterview($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) { id status cancelReason }\n  }\n"): (typeof documents)["\n  mutation CancelInterview($input: CancelInterviewInput!) {\n    cancelInterview(input: $input) { id status cancelReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInterviewOutcome($input: RecordInterviewOutcomeInput!) {\n    recordInterviewOutcome(input: $input) { id status outcome outcomeNote }\n  }\n"): (typeof documents)["\n  mutation RecordInterviewOutcome($input: RecordInterviewOutcomeInput!) {\n    recordInterviewOutcome(input: $input) { id status outcome outcomeNote }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestInterpreter($input: RequestInterpreterInput!) {\n    requestInterpreter(input: $input) { id status handledNote }\n  }\n"): (typeof documents)["\n  mutation RequestInterpreter($input: RequestInterpreterInput!) {\n    requestInterpreter(input: $input) { id status handledNote }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadFields on MessageThreadModel {\n    applicationId unread closedAt closeReason canWrite canClose canInviteStaff maxLength\n    invitedStaff { userId displayName }\n    messages { id body senderRole senderName mine reportedByMe createdAt }\n  }\n"): (typeof documents)["\n  fragment ThreadFields on MessageThreadModel {\n    applicationId unread closedAt closeReason canWrite canClose canInviteStaff maxLength\n    invitedStaff { userId displayName }\n    messages { id body senderRole senderName mine reportedByMe createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationMessages($applicationId: ID!) {\n    applicationMessages(applicationId: $applicationId) { ...ThreadFields }\n  }\n"): (typeof documents)["\n  query ApplicationMessages($applicationId: ID!) {\n    applicationMessages(applicationId: $applicationId) { ...ThreadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...ThreadFields }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { ...ThreadFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMessagesRead($applicationId: ID!) {\n    markMessagesRead(applicationId: $applicationId) { applicationId unread }\n  }\n"): (typeof documents)["\n  mutation MarkMessagesRead($applicationId: ID!) {\n    markMessagesRead(applicationId: $applicationId) { applicationId unread }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadStaffCandidates($applicationId: ID!) {\n    threadStaffCandidates(applicationId: $applicationId) { userId displayName }\n  }\n"): (typeof documents)["\n  query ThreadStaffCandidates($applicationId: ID!) {\n    threadStaffCandidates(applicationId: $applicationId) { userId displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteStaffToThread($input: InviteStaffToThreadInput!) {\n    inviteStaffToThread(input: $input) { applicationId canInviteStaff invitedStaff { userId displayName } }\n  }\n"): (typeof documents)["\n  mutation InviteStaffToThread($input: InviteStaffToThreadInput!) {\n    inviteStaffToThread(input: $input) { applicationId canInviteStaff invitedStaff { userId displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportMessage($input: ReportMessageInput!) { reportMessage(input: $input) }\n"): (typeof documents)["\n  mutation ReportMessage($input: ReportMessageInput!) { reportMessage(input: $input) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseThread($input: CloseThreadInput!) {\n    closeThread(input: $input) { applicationId closedAt closeReason canWrite canClose canInviteStaff }\n  }\n"): (typeof documents)["\n  mutation CloseThread($input: CloseThreadInput!) {\n    closeThread(input: $input) { applicationId closedAt closeReason canWrite canClose canInviteStaff }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleInterviewContext($id: ID!) {\n    application(id: $id) { id status posting { id title } seeker { id name } }\n  }\n"): (typeof documents)["\n  query ScheduleInterviewContext($id: ID!) {\n    application(id: $id) { id status posting { id title } seeker { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingDetail($id: ID!) {\n    posting(id: $id) {\n      ...PostingCardFields\n      status description address openings educationRequired skills suitableCategories demands\n      relaxedAge relaxedHousehold relaxedExamRatio relaxationNote easyRead\n      organization { id name type description verificationStatus }\n      myApplication { id status }\n      myMatch { ...MatchFields gaps { code suggestedCourses { id title startsOn kind } } }\n    }\n  }\n"): (typeof documents)["\n  query PostingDetail($id: ID!) {\n    posting(id: $id) {\n      ...PostingCardFields\n      status description address openings educationRequired skills suitableCategories demands\n      relaxedAge relaxedHousehold relaxedExamRatio relaxationNote easyRead\n      organization { id name type description verificationStatus }\n      myApplication { id status }\n      myMatch { ...MatchFields gaps { code suggestedCourses { id title startsOn kind } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataAccessLog($page: PageInput) {\n    myDataAccessLog(page: $page) {\n      total page pageSize\n      items { id at readerRole readerName readerCountyCode readerOrganization data purpose screen }\n    }\n  }\n"): (typeof documents)["\n  query MyDataAccessLog($page: PageInput) {\n    myDataAccessLog(page: $page) {\n      total page pageSize\n      items { id at readerRole readerName readerCountyCode readerOrganization data purpose screen }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActsOnMyBehalf {\n    actsOnMyBehalf(page: { pageSize: 50 }) { total items { at kind text } }\n  }\n"): (typeof documents)["\n  query ActsOnMyBehalf {\n    actsOnMyBehalf(page: { pageSize: 50 }) { total items { at kind text } }\n  }\n"];
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
export function graphql(source: "\n  query OnBehalfProfile($id: ID!) {\n    seeker(id: $id) {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n"): (typeof documents)["\n  query OnBehalfProfile($id: ID!) {\n    seeker(id: $id) {\n      id name gender birthDate age countyCode residence phone certificateNumber category level education\n      graduateSchool graduateYear skills experience cannotDo supportsMust supportsNice preferredForms\n      preferredCounties payMin employmentStatus consents priorityGroups updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfileOnBehalf($seekerId: ID!, $input: SeekerProfileInput!) {\n    updateProfileOnBehalf(seekerId: $seekerId, input: $input) { id name updatedAt }\n  }\n"): (typeof documents)["\n  mutation UpdateProfileOnBehalf($seekerId: ID!, $input: SeekerProfileInput!) {\n    updateProfileOnBehalf(seekerId: $seekerId, input: $input) { id name updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyResume {\n    myProfile { id name }\n    myResume { ...ResumeFields }\n  }\n"): (typeof documents)["\n  query MyResume {\n    myProfile { id name }\n    myResume { ...ResumeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveResume($input: ResumeInput!) {\n    saveResume(input: $input) { ...ResumeFields }\n  }\n"): (typeof documents)["\n  mutation SaveResume($input: ResumeInput!) {\n    saveResume(input: $input) { ...ResumeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTrainingCertificates {\n    myProfile { id trainingCertificates { enrolmentId courseTitle certificateKind certificateLevel certificateNumber issuedOn skills } }\n  }\n"): (typeof documents)["\n  query MyTrainingCertificates {\n    myProfile { id trainingCertificates { enrolmentId courseTitle certificateKind certificateLevel certificateNumber issuedOn skills } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendedJobs($page: PageInput) {\n    recommendedPostings(page: $page) {\n      total page pageSize\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecommendedJobs($page: PageInput) {\n    recommendedPostings(page: $page) {\n      total page pageSize\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) { id name frequency }\n  }\n"): (typeof documents)["\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) { id name frequency }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedSearch($id: ID!, $input: UpdateSavedSearchInput!) {\n    updateSavedSearch(id: $id, input: $input) { id name frequency }\n  }\n"): (typeof documents)["\n  mutation UpdateSavedSearch($id: ID!, $input: UpdateSavedSearchInput!) {\n    updateSavedSearch(id: $id, input: $input) { id name frequency }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedSearch($id: ID!) { deleteSavedSearch(id: $id) }\n"): (typeof documents)["\n  mutation DeleteSavedSearch($id: ID!) { deleteSavedSearch(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySavedSearches {\n    mySavedSearches {\n      id name query frequency path lastAlertedAt\n      filter { countyCodes employmentForms organizationTypes supportsAll demandsNone reservedOnly remoteOnly category salaryAtLeast }\n      lastAlert { id createdAt count items { posting { ...PostingCardFields } match { ...MatchFields } } }\n    }\n  }\n"): (typeof documents)["\n  query MySavedSearches {\n    mySavedSearches {\n      id name query frequency path lastAlertedAt\n      filter { countyCodes employmentForms organizationTypes supportsAll demandsNone reservedOnly remoteOnly category salaryAtLeast }\n      lastAlert { id createdAt count items { posting { ...PostingCardFields } match { ...MatchFields } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchJobs(\n    $query: String, $filter: PostingSearchFilter, $sort: PostingSearchSort, $page: PageInput,\n    $withCounties: Boolean!, $countiesFilter: PostingSearchFilter,\n    $withForms: Boolean!, $formsFilter: PostingSearchFilter,\n    $withTypes: Boolean!, $typesFilter: PostingSearchFilter\n  ) {\n    searchPostings(query: $query, filter: $filter, sort: $sort, page: $page) {\n      total page pageSize matched relaxed\n      facets {\n        counties { value count }\n        employmentForms { value count }\n        organizationTypes { value count }\n        supports { value count }\n        reserved { value count }\n      }\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n        applied\n      }\n    }\n    countyCounts: searchPostings(query: $query, filter: $countiesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withCounties) {\n      facets { counties { value count } }\n    }\n    formCounts: searchPostings(query: $query, filter: $formsFilter, page: { page: 1, pageSize: 1 }) @include(if: $withForms) {\n      facets { employmentForms { value count } }\n    }\n    typeCounts: searchPostings(query: $query, filter: $typesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withTypes) {\n      facets { organizationTypes { value count } }\n    }\n  }\n"): (typeof documents)["\n  query SearchJobs(\n    $query: String, $filter: PostingSearchFilter, $sort: PostingSearchSort, $page: PageInput,\n    $withCounties: Boolean!, $countiesFilter: PostingSearchFilter,\n    $withForms: Boolean!, $formsFilter: PostingSearchFilter,\n    $withTypes: Boolean!, $typesFilter: PostingSearchFilter\n  ) {\n    searchPostings(query: $query, filter: $filter, sort: $sort, page: $page) {\n      total page pageSize matched relaxed\n      facets {\n        counties { value count }\n        employmentForms { value count }\n        organizationTypes { value count }\n        supports { value count }\n        reserved { value count }\n      }\n      items {\n        posting { ...PostingCardFields }\n        match { ...MatchFields }\n        applied\n      }\n    }\n    countyCounts: searchPostings(query: $query, filter: $countiesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withCounties) {\n      facets { counties { value count } }\n    }\n    formCounts: searchPostings(query: $query, filter: $formsFilter, page: { page: 1, pageSize: 1 }) @include(if: $withForms) {\n      facets { employmentForms { value count } }\n    }\n    typeCounts: searchPostings(query: $query, filter: $typesFilter, page: { page: 1, pageSize: 1 }) @include(if: $withTypes) {\n      facets { organizationTypes { value count } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      total page pageSize\n      items { id at action actorRole actorName actorCountyCode entity subjectName subjectCountyCode subjectSeekerId field purpose detail }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $page: PageInput) {\n    auditLog(filter: $filter, page: $page) {\n      total page pageSize\n      items { id at action actorRole actorName actorCountyCode entity subjectName subjectCountyCode subjectSeekerId field purpose detail }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsers($filter: StaffUserFilter, $page: PageInput) {\n    staffUsers(filter: $filter, page: $page) {\n      total page pageSize\n      items { id displayName phone role scopeCountyCode disabledAt }\n    }\n  }\n"): (typeof documents)["\n  query StaffUsers($filter: StaffUserFilter, $page: PageInput) {\n    staffUsers(filter: $filter, page: $page) {\n      total page pageSize\n      items { id displayName phone role scopeCountyCode disabledAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffUser($input: CreateStaffInput!) {\n    createStaffUser(input: $input) { id displayName oneTimePassword }\n  }\n"): (typeof documents)["\n  mutation CreateStaffUser($input: CreateStaffInput!) {\n    createStaffUser(input: $input) { id displayName oneTimePassword }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaffUser($userId: ID!, $input: UpdateStaffUserInput!) {\n    updateStaffUser(userId: $userId, input: $input) { id displayName scopeCountyCode }\n  }\n"): (typeof documents)["\n  mutation UpdateStaffUser($userId: ID!, $input: UpdateStaffUserInput!) {\n    updateStaffUser(userId: $userId, input: $input) { id displayName scopeCountyCode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableStaffUser($userId: ID!) { disableStaffUser(userId: $userId) { id disabledAt } }\n"): (typeof documents)["\n  mutation DisableStaffUser($userId: ID!) { disableStaffUser(userId: $userId) { id disabledAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableStaffUser($userId: ID!) { enableStaffUser(userId: $userId) { id disabledAt } }\n"): (typeof documents)["\n  mutation EnableStaffUser($userId: ID!) { enableStaffUser(userId: $userId) { id disabledAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignForEdit($id: ID!) {\n    campaign(id: $id) { id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes source canManage }\n  }\n"): (typeof documents)["\n  query CampaignForEdit($id: ID!) {\n    campaign(id: $id) { id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes source canManage }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CampaignInput!) { createCampaign(input: $input) { id nameZh nameEn } }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CampaignInput!) { createCampaign(input: $input) { id nameZh nameEn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { id nameZh nameEn } }\n"): (typeof documents)["\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { id nameZh nameEn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDetail($id: ID!, $from: String, $counties: [String!]) {\n    campaign(id: $id) {\n      id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes source canManage\n      progress { countedTo people organizations peopleShare organizationsShare targetUnverified byCounty { countyCode people organizations } }\n      fairs { id title startsAt }\n      postings { id title countyCode }\n      placements { placementId startDate countyCode organizationName postingTitle routes counted excluded }\n    }\n    events(filter: { from: $from }, page: { pageSize: 50 }) { items { id title startsAt } }\n    postingChoices: postings(filter: { countyCodes: $counties }, page: { pageSize: 50 }) { items { id title countyCode } }\n  }\n"): (typeof documents)["\n  query CampaignDetail($id: ID!, $from: String, $counties: [String!]) {\n    campaign(id: $id) {\n      id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes source canManage\n      progress { countedTo people organizations peopleShare organizationsShare targetUnverified byCounty { countyCode people organizations } }\n      fairs { id title startsAt }\n      postings { id title countyCode }\n      placements { placementId startDate countyCode organizationName postingTitle routes counted excluded }\n    }\n    events(filter: { from: $from }, page: { pageSize: 50 }) { items { id title startsAt } }\n    postingChoices: postings(filter: { countyCodes: $counties }, page: { pageSize: 50 }) { items { id title countyCode } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkToCampaign($input: CampaignLinkInput!) { linkToCampaign(input: $input) { id } }\n"): (typeof documents)["\n  mutation LinkToCampaign($input: CampaignLinkInput!) { linkToCampaign(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkFromCampaign($input: CampaignLinkInput!) { unlinkFromCampaign(input: $input) { id } }\n"): (typeof documents)["\n  mutation UnlinkFromCampaign($input: CampaignLinkInput!) { unlinkFromCampaign(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignHead($id: ID!) { campaign(id: $id) { id nameZh nameEn canManage } }\n"): (typeof documents)["\n  query CampaignHead($id: ID!) { campaign(id: $id) { id nameZh nameEn canManage } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignPlacementChoices($id: ID!, $q: String!) {\n    campaignPlacementChoices(campaignId: $id, query: $q, page: { pageSize: 50 }) {\n      total items { placementId personName organizationName postingTitle countyCode startDate linked excluded }\n    }\n  }\n"): (typeof documents)["\n  query CampaignPlacementChoices($id: ID!, $q: String!) {\n    campaignPlacementChoices(campaignId: $id, query: $q, page: { pageSize: 50 }) {\n      total items { placementId personName organizationName postingTitle countyCode startDate linked excluded }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignsList {\n    campaigns { id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes canManage }\n  }\n"): (typeof documents)["\n  query CampaignsList {\n    campaigns { id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes canManage }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignsInProgress($countyCode: String) {\n    campaignsInProgress(countyCode: $countyCode) {\n      id nameZh nameEn targetPeople targetOrganizations targetSource\n      progress { people organizations peopleShare organizationsShare }\n    }\n  }\n"): (typeof documents)["\n  query CampaignsInProgress($countyCode: String) {\n    campaignsInProgress(countyCode: $countyCode) {\n      id nameZh nameEn targetPeople targetOrganizations targetSource\n      progress { people organizations peopleShare organizationsShare }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WelfarePosts {\n    welfarePosts { count planMin planMax planSource postings { id title countyCode } }\n    postings(filter: { employmentForms: [PUBLIC_WELFARE] }, page: { pageSize: 50 }) { items { id title countyCode welfarePost } }\n  }\n"): (typeof documents)["\n  query WelfarePosts {\n    welfarePosts { count planMin planMax planSource postings { id title countyCode } }\n    postings(filter: { employmentForms: [PUBLIC_WELFARE] }, page: { pageSize: 50 }) { items { id title countyCode welfarePost } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkWelfarePost($postingId: ID!) { markWelfarePost(postingId: $postingId) }"): (typeof documents)["mutation MarkWelfarePost($postingId: ID!) { markWelfarePost(postingId: $postingId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnmarkWelfarePost($postingId: ID!) { unmarkWelfarePost(postingId: $postingId) }"): (typeof documents)["mutation UnmarkWelfarePost($postingId: ID!) { unmarkWelfarePost(postingId: $postingId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FourOnesCoverage($year: Int!, $countyCode: String) {\n    fourOnesCoverage(year: $year, countyCode: $countyCode) {\n      countyCode population checked wantingWork assessed registered served complete\n    }\n  }\n"): (typeof documents)["\n  query FourOnesCoverage($year: Int!, $countyCode: String) {\n    fourOnesCoverage(year: $year, countyCode: $countyCode) {\n      countyCode population checked wantingWork assessed registered served complete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeekersMissingService($year: Int!, $kind: ServiceKind!, $countyCode: String, $page: PageInput) {\n    seekersMissingService(year: $year, kind: $kind, countyCode: $countyCode, page: $page) {\n      total page pageSize\n      items { id name age countyCode category level }\n    }\n  }\n"): (typeof documents)["\n  query SeekersMissingService($year: Int!, $kind: ServiceKind!, $countyCode: String, $page: PageInput) {\n    seekersMissingService(year: $year, kind: $kind, countyCode: $countyCode, page: $page) {\n      total page pageSize\n      items { id name age countyCode category level }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveGraduatePlan($input: GraduatePlanInput!) {\n    saveGraduatePlan(input: $input) { seekerId status wantsWork ableToWork plan updatedAt }\n  }\n"): (typeof documents)["\n  mutation SaveGraduatePlan($input: GraduatePlanInput!) {\n    saveGraduatePlan(input: $input) { seekerId status wantsWork ableToWork plan updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLedgerEntry($input: LedgerEntryInput!) {\n    addLedgerEntry(input: $input) { id kind entryDate followUpMonth notes }\n  }\n"): (typeof documents)["\n  mutation AddLedgerEntry($input: LedgerEntryInput!) {\n    addLedgerEntry(input: $input) { id kind entryDate followUpMonth notes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraduateLedger($filter: GraduateLedgerFilter, $page: PageInput) {\n    graduateLedger(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        seekerId name countyCode graduateYear graduateSchool contacts services referrals fairsAttended\n        placementStart organizationName\n        plan { seekerId status }\n        followUps { month dueDate done overdue }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GraduateLedger($filter: GraduateLedgerFilter, $page: PageInput) {\n    graduateLedger(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        seekerId name countyCode graduateYear graduateSchool contacts services referrals fairsAttended\n        placementStart organizationName\n        plan { seekerId status }\n        followUps { month dueDate done overdue }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GraduateDetail($seekerId: ID!) {\n    graduateLedger(filter: { seekerId: $seekerId }, page: { pageSize: 1 }) {\n      items {\n        seekerId name countyCode graduateYear graduateSchool contacts services referrals fairsAttended\n        placementId placementStart organizationName\n        plan { seekerId status wantsWork ableToWork plan updatedAt }\n        followUps { month dueDate done overdue }\n      }\n    }\n    ledgerEntries(seekerId: $seekerId) { id kind entryDate followUpMonth notes }\n  }\n"): (typeof documents)["\n  query GraduateDetail($seekerId: ID!) {\n    graduateLedger(filter: { seekerId: $seekerId }, page: { pageSize: 1 }) {\n      items {\n        seekerId name countyCode graduateYear graduateSchool contacts services referrals fairsAttended\n        placementId placementStart organizationName\n        plan { seekerId status wantsWork ableToWork plan updatedAt }\n        followUps { month dueDate done overdue }\n      }\n    }\n    ledgerEntries(seekerId: $seekerId) { id kind entryDate followUpMonth notes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSignedConsentOnBehalf($seekerId: ID!, $granted: Boolean!, $signedOn: String!) {\n    recordSignedConsentOnBehalf(seekerId: $seekerId, granted: $granted, signedOn: $signedOn) { id consents }\n  }\n"): (typeof documents)["\n  mutation RecordSignedConsentOnBehalf($seekerId: ID!, $granted: Boolean!, $signedOn: String!) {\n    recordSignedConsentOnBehalf(seekerId: $seekerId, granted: $granted, signedOn: $signedOn) { id consents }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeekerServices($id: ID!, $year: Int!) {\n    seeker(id: $id) { id name age countyCode category level certificateNumber employmentStatus graduateYear consents }\n    serviceRecords(seekerId: $id, year: $year) { id kind serviceDate intention outcome notes staffName }\n    jobCoach(seekerId: $id) { coachUserId coachName assignedAt }\n    coachCandidates(seekerId: $id) { userId name countyCode }\n  }\n"): (typeof documents)["\n  query SeekerServices($id: ID!, $year: Int!) {\n    seeker(id: $id) { id name age countyCode category level certificateNumber employmentStatus graduateYear consents }\n    serviceRecords(seekerId: $id, year: $year) { id kind serviceDate intention outcome notes staffName }\n    jobCoach(seekerId: $id) { coachUserId coachName assignedAt }\n    coachCandidates(seekerId: $id) { userId name countyCode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignJobCoach($seekerId: ID!, $coachUserId: ID!) { assignJobCoach(seekerId: $seekerId, coachUserId: $coachUserId) }\n"): (typeof documents)["\n  mutation AssignJobCoach($seekerId: ID!, $coachUserId: ID!) { assignJobCoach(seekerId: $seekerId, coachUserId: $coachUserId) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordService($input: ServiceRecordInput!) {\n    recordService(input: $input) { id kind serviceDate intention outcome notes staffName }\n  }\n"): (typeof documents)["\n  mutation RecordService($input: ServiceRecordInput!) {\n    recordService(input: $input) { id kind serviceDate intention outcome notes staffName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideIntegrityFlag($id: ID!, $confirmed: Boolean!, $note: String!, $notGenuine: [ID!]) {\n    decideIntegrityFlag(id: $id, confirmed: $confirmed, note: $note, notGenuine: $notGenuine) { id status note decidedAt }\n  }\n"): (typeof documents)["\n  mutation DecideIntegrityFlag($id: ID!, $confirmed: Boolean!, $note: String!, $notGenuine: [ID!]) {\n    decideIntegrityFlag(id: $id, confirmed: $confirmed, note: $note, notGenuine: $notGenuine) { id status note decidedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerGenuineness($filter: GenuinenessFilter!) {\n    employerGenuineness(filter: $filter) {\n      total page pageSize\n      items {\n        organizationId organizationName countyCode concerns\n        timeToFill { medianDays postings }\n        fillRate { ...GenuinenessFigureFields }\n        interviewRate { ...GenuinenessFigureFields }\n        retention6 { ...GenuinenessFigureFields }\n        endedWithin3Months { ...GenuinenessFigureFields }\n        belowMinimumWage { ...GenuinenessFigureFields }\n        insuranceMonths { ...GenuinenessFigureFields }\n        postings {\n          postingId title publishedOn daysToFill\n          fillRate { ...GenuinenessFigureFields }\n          interviewRate { ...GenuinenessFigureFields }\n        }\n      }\n    }\n  }\n  fragment GenuinenessFigureFields on GenuinenessFigure { numerator denominator rate cases thresholdPercent pastThreshold }\n"): (typeof documents)["\n  query EmployerGenuineness($filter: GenuinenessFilter!) {\n    employerGenuineness(filter: $filter) {\n      total page pageSize\n      items {\n        organizationId organizationName countyCode concerns\n        timeToFill { medianDays postings }\n        fillRate { ...GenuinenessFigureFields }\n        interviewRate { ...GenuinenessFigureFields }\n        retention6 { ...GenuinenessFigureFields }\n        endedWithin3Months { ...GenuinenessFigureFields }\n        belowMinimumWage { ...GenuinenessFigureFields }\n        insuranceMonths { ...GenuinenessFigureFields }\n        postings {\n          postingId title publishedOn daysToFill\n          fillRate { ...GenuinenessFigureFields }\n          interviewRate { ...GenuinenessFigureFields }\n        }\n      }\n    }\n  }\n  fragment GenuinenessFigureFields on GenuinenessFigure { numerator denominator rate cases thresholdPercent pastThreshold }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GenuinenessSettings { policySettings { key value } }\n"): (typeof documents)["\n  query GenuinenessSettings { policySettings { key value } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerOpenFlags($organizationId: ID!) {\n    integrityFlags(filter: { organizationId: $organizationId, status: OPEN }, page: { pageSize: 100 }) { total items { id kind } }\n  }\n"): (typeof documents)["\n  query EmployerOpenFlags($organizationId: ID!) {\n    integrityFlags(filter: { organizationId: $organizationId, status: OPEN }, page: { pageSize: 100 }) { total items { id kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeekerImport($id: ID!, $problemPage: PageInput) {\n    seekerImport(id: $id) {\n      id fileName format createdAt finishedAt status validOnly progress totalRows processedRows\n      createdCount updatedCount unchangedCount errorRows message errorReportUrl\n      problems(page: $problemPage) { total page pageSize items { rowNumber column message } }\n    }\n  }\n"): (typeof documents)["\n  query SeekerImport($id: ID!, $problemPage: PageInput) {\n    seekerImport(id: $id) {\n      id fileName format createdAt finishedAt status validOnly progress totalRows processedRows\n      createdCount updatedCount unchangedCount errorRows message errorReportUrl\n      problems(page: $problemPage) { total page pageSize items { rowNumber column message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeekerImports($page: PageInput) {\n    seekerImports(page: $page) {\n      total page pageSize\n      items { id fileName createdAt status validOnly createdCount updatedCount unchangedCount errorRows }\n    }\n  }\n"): (typeof documents)["\n  query SeekerImports($page: PageInput) {\n    seekerImports(page: $page) {\n      total page pageSize\n      items { id fileName createdAt status validOnly createdCount updatedCount unchangedCount errorRows }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegrityFlags($filter: IntegrityFlagFilter, $page: PageInput) {\n    integrityFlags(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        id kind status countyCode createdAt decidedAt note details placementIds seekerId organizationId\n        seeker { id name }\n        organization { id name }\n        organizations { id name }\n        postings { id title }\n        placements { id personName organizationName startDate counted }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntegrityFlags($filter: IntegrityFlagFilter, $page: PageInput) {\n    integrityFlags(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        id kind status countyCode createdAt decidedAt note details placementIds seekerId organizationId\n        seeker { id name }\n        organization { id name }\n        organizations { id name }\n        postings { id title }\n        placements { id personName organizationName startDate counted }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunIntegrityChecks {\n    runIntegrityChecks {\n      doubleCounted shortPlacements staleReservedPostings noHistory lowFillRate lowInterviewRate lowRetention earlyEndings insuranceGaps payBelowMinimum\n    }\n  }\n"): (typeof documents)["\n  mutation RunIntegrityChecks {\n    runIntegrityChecks {\n      doubleCounted shortPlacements staleReservedPostings noHistory lowFillRate lowInterviewRate lowRetention earlyEndings insuranceGaps payBelowMinimum\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGenuineness($filter: GenuinenessFilter!) {\n    employerGenuineness(filter: $filter) {\n      items {\n        organizationId organizationName concerns minCases minPostingAgeDays\n        timeToFill { medianDays postings }\n        fillRate { numerator denominator rate cases thresholdPercent pastThreshold }\n        interviewRate { numerator denominator rate cases thresholdPercent pastThreshold }\n        retention6 { numerator denominator rate cases thresholdPercent pastThreshold }\n        endedWithin3Months { numerator denominator rate cases thresholdPercent pastThreshold }\n        belowMinimumWage { numerator denominator rate cases thresholdPercent pastThreshold }\n        insuranceMonths { numerator denominator rate cases thresholdPercent pastThreshold }\n        postings {\n          postingId title publishedOn daysToFill\n          fillRate { numerator denominator rate }\n          interviewRate { numerator denominator rate }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGenuineness($filter: GenuinenessFilter!) {\n    employerGenuineness(filter: $filter) {\n      items {\n        organizationId organizationName concerns minCases minPostingAgeDays\n        timeToFill { medianDays postings }\n        fillRate { numerator denominator rate cases thresholdPercent pastThreshold }\n        interviewRate { numerator denominator rate cases thresholdPercent pastThreshold }\n        retention6 { numerator denominator rate cases thresholdPercent pastThreshold }\n        endedWithin3Months { numerator denominator rate cases thresholdPercent pastThreshold }\n        belowMinimumWage { numerator denominator rate cases thresholdPercent pastThreshold }\n        insuranceMonths { numerator denominator rate cases thresholdPercent pastThreshold }\n        postings {\n          postingId title publishedOn daysToFill\n          fillRate { numerator denominator rate }\n          interviewRate { numerator denominator rate }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIntegrityFindings { myIntegrityFindings { id kind decidedAt finding evidence note placementsExcluded } }\n"): (typeof documents)["\n  query MyIntegrityFindings { myIntegrityFindings { id kind decidedAt finding evidence note placementsExcluded } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MassageClinicForEdit($id: ID!) {\n    massageClinic(id: $id) { id kind registrationNumber medicalInsuranceDesignated registeredOn endedOn organization { id name } }\n  }\n"): (typeof documents)["\n  query MassageClinicForEdit($id: ID!) {\n    massageClinic(id: $id) { id kind registrationNumber medicalInsuranceDesignated registeredOn endedOn organization { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MassageQualificationForEdit($id: ID!) {\n    massageQualification(id: $id) { id kind skillLevel issuer issuedOn person { id name } }\n  }\n"): (typeof documents)["\n  query MassageQualificationForEdit($id: ID!) {\n    massageQualification(id: $id) { id kind skillLevel issuer issuedOn person { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MassageRegister {\n    massageClinics(page: { pageSize: 100 }) {\n      total items { id kind registrationNumber countyCode medicalInsuranceDesignated registeredOn endedOn organization { id name } }\n    }\n    massageQualifications(page: { pageSize: 100 }) {\n      total items { id kind skillLevel issuer issuedOn countyCode person { id name } records { id kind heldOn hours passed } }\n    }\n  }\n"): (typeof documents)["\n  query MassageRegister {\n    massageClinics(page: { pageSize: 100 }) {\n      total items { id kind registrationNumber countyCode medicalInsuranceDesignated registeredOn endedOn organization { id name } }\n    }\n    massageQualifications(page: { pageSize: 100 }) {\n      total items { id kind skillLevel issuer issuedOn countyCode person { id name } records { id kind heldOn hours passed } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterMassageClinic($input: MassageClinicInput!) { registerMassageClinic(input: $input) { id } }\n"): (typeof documents)["\n  mutation RegisterMassageClinic($input: MassageClinicInput!) { registerMassageClinic(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMassageClinic($id: ID!, $input: MassageClinicUpdateInput!) { updateMassageClinic(id: $id, input: $input) { id } }\n"): (typeof documents)["\n  mutation UpdateMassageClinic($id: ID!, $input: MassageClinicUpdateInput!) { updateMassageClinic(id: $id, input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMassageQualification($input: MassageQualificationInput!) { recordMassageQualification(input: $input) { id } }\n"): (typeof documents)["\n  mutation RecordMassageQualification($input: MassageQualificationInput!) { recordMassageQualification(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMassageQualification($id: ID!, $input: MassageQualificationUpdateInput!) { updateMassageQualification(id: $id, input: $input) { id } }\n"): (typeof documents)["\n  mutation UpdateMassageQualification($id: ID!, $input: MassageQualificationUpdateInput!) { updateMassageQualification(id: $id, input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMassageRecord($input: MassageRecordInput!) { addMassageRecord(input: $input) { id } }\n"): (typeof documents)["\n  mutation AddMassageRecord($input: MassageRecordInput!) { addMassageRecord(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPlacementFollowUp($input: RecordFollowUpInput!) {\n    recordPlacementFollowUp(input: $input) { id placementId month status source checkedOn leftOn }\n  }\n"): (typeof documents)["\n  mutation RecordPlacementFollowUp($input: RecordFollowUpInput!) {\n    recordPlacementFollowUp(input: $input) { id placementId month status source checkedOn leftOn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUps($filter: FollowUpListFilter, $page: PageInput) {\n    placementFollowUps(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        placementId personName organizationName countyCode startDate endDate\n        months { month dueDate done overdue awaitingConfirmation }\n        answers { id month source status checkedOn leftOn }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUps($filter: FollowUpListFilter, $page: PageInput) {\n    placementFollowUps(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        placementId personName organizationName countyCode startDate endDate\n        months { month dueDate done overdue awaitingConfirmation }\n        answers { id month source status checkedOn leftOn }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeFigures($filter: RetentionFilter!) {\n    retention(filter: $filter) {\n      from to asOf countyCode months\n      total { months due retained left unknown rate }\n      byCounty { key counts { months due retained left unknown rate } }\n      byCategory { key counts { months due retained left unknown rate } }\n      byLevel { key counts { months due retained left unknown rate } }\n      byForm { key counts { months due retained left unknown rate } }\n      byEmployerType { key counts { months due retained left unknown rate } }\n      byActionLine { key counts { months due retained left unknown rate } }\n    }\n    outcomeFunnel(filter: $filter) { from to asOf registered active applied interviewed hired due6 retained6 due12 retained12 }\n  }\n"): (typeof documents)["\n  query OutcomeFigures($filter: RetentionFilter!) {\n    retention(filter: $filter) {\n      from to asOf countyCode months\n      total { months due retained left unknown rate }\n      byCounty { key counts { months due retained left unknown rate } }\n      byCategory { key counts { months due retained left unknown rate } }\n      byLevel { key counts { months due retained left unknown rate } }\n      byForm { key counts { months due retained left unknown rate } }\n      byEmployerType { key counts { months due retained left unknown rate } }\n      byActionLine { key counts { months due retained left unknown rate } }\n    }\n    outcomeFunnel(filter: $filter) { from to asOf registered active applied interviewed hired due6 retained6 due12 retained12 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPlacement($id: ID!, $endDate: String!, $reason: PlacementEndReason!, $note: String) {\n    endPlacement(id: $id, endDate: $endDate, reason: $reason, note: $note) { id endDate endReason }\n  }\n"): (typeof documents)["\n  mutation EndPlacement($id: ID!, $endDate: String!, $reason: PlacementEndReason!, $note: String) {\n    endPlacement(id: $id, endDate: $endDate, reason: $reason, note: $note) { id endDate endReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectPlacement($id: ID!, $input: CorrectPlacementInput!) {\n    correctPlacement(id: $id, input: $input) { id startDate endDate endReason employmentForm actionLine evidence note organization { id name } }\n  }\n"): (typeof documents)["\n  mutation CorrectPlacement($id: ID!, $input: CorrectPlacementInput!) {\n    correctPlacement(id: $id, input: $input) { id startDate endDate endReason employmentForm actionLine evidence note organization { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementDetail($id: ID!) {\n    placement(id: $id) {\n      id startDate endDate endReason employmentForm actionLine countyCode source postingId counted excludedReason evidence note\n      contractKind contractMonths monthlyWage socialInsuranceFull\n      seeker { id name } organization { id name } workshop { id name }\n      history { id kind reason actorName createdAt changes { field from to } }\n    }\n  }\n"): (typeof documents)["\n  query PlacementDetail($id: ID!) {\n    placement(id: $id) {\n      id startDate endDate endReason employmentForm actionLine countyCode source postingId counted excludedReason evidence note\n      contractKind contractMonths monthlyWage socialInsuranceFull\n      seeker { id name } organization { id name } workshop { id name }\n      history { id kind reason actorName createdAt changes { field from to } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacementList($filter: PlacementFilter, $page: PageInput) {\n    placements(filter: $filter, page: $page) {\n      total page pageSize\n      items { id startDate endDate employmentForm counted countyCode seeker { id name } organization { id name } }\n    }\n  }\n"): (typeof documents)["\n  query PlacementList($filter: PlacementFilter, $page: PageInput) {\n    placements(filter: $filter, page: $page) {\n      total page pageSize\n      items { id startDate endDate employmentForm counted countyCode seeker { id name } organization { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }\n"): (typeof documents)["\n  mutation RecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindSeekers($query: String!) { seekers(filter: { query: $query }, page: { pageSize: 10 }) { items { id name countyCode birthDate } } }\n"): (typeof documents)["\n  query FindSeekers($query: String!) { seekers(filter: { query: $query }, page: { pageSize: 10 }) { items { id name countyCode birthDate } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindOrganizations($query: String!) { organizations(filter: { query: $query }, page: { pageSize: 10 }) { items { id name countyCode } } }\n"): (typeof documents)["\n  query FindOrganizations($query: String!) { organizations(filter: { query: $query }, page: { pageSize: 10 }) { items { id name countyCode } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeekerName($id: ID!) { seeker(id: $id) { id name countyCode } }\n"): (typeof documents)["\n  query SeekerName($id: ID!) { seeker(id: $id) { id name countyCode } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriorityOutreach($countyCode: String, $group: PriorityGroup, $page: PageInput) {\n    priorityOutreach(countyCode: $countyCode, group: $group, page: $page) {\n      asOf servedFrom countyCode group\n      counts { countyCode countyName group registered notEmployed notServed listed }\n      people { total page pageSize items { seekerId maskedName countyCode countyName groups reasons } }\n    }\n  }\n"): (typeof documents)["\n  query PriorityOutreach($countyCode: String, $group: PriorityGroup, $page: PageInput) {\n    priorityOutreach(countyCode: $countyCode, group: $group, page: $page) {\n      asOf servedFrom countyCode group\n      counts { countyCode countyName group registered notEmployed notServed listed }\n      people { total page pageSize items { seekerId maskedName countyCode countyName groups reasons } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlanDashboard($countyCode: String, $planId: ID) {\n    plans { id title startDate endDate }\n    actionPlanDashboard(countyCode: $countyCode, planId: $planId) {\n      countyCode elapsedShare target achievedShare asOf planStatus noPlanInForce periodStart periodEnd\n      graduateServiceRateTarget graduateEmploymentRateTarget publicWelfareShareTarget\n      yearlyPace { perYear expectedToDate total months achievedShare }\n      plan { id title issuingBody documentNumber basis { title documentNumber } startDate endDate targets { countyCode } }\n      targetProgress { metric target year countyCode actionLine source from to figure achievedShare met }\n      placements {\n        total\n        byCounty { key count }\n        byActionLine { key count }\n        byForm { key count }\n        byCategory { key count }\n        byYear { key count }\n        byQuarter { year quarter count }\n      }\n      graduates { wantingAndAble served employed serviceRate employmentRate byCohort { year wantingAndAble served employed serviceRate employmentRate } }\n      publicWelfare { disabledHires totalPosts share }\n      priorityGroups { group registered employed served }\n    }\n  }\n"): (typeof documents)["\n  query ActionPlanDashboard($countyCode: String, $planId: ID) {\n    plans { id title startDate endDate }\n    actionPlanDashboard(countyCode: $countyCode, planId: $planId) {\n      countyCode elapsedShare target achievedShare asOf planStatus noPlanInForce periodStart periodEnd\n      graduateServiceRateTarget graduateEmploymentRateTarget publicWelfareShareTarget\n      yearlyPace { perYear expectedToDate total months achievedShare }\n      plan { id title issuingBody documentNumber basis { title documentNumber } startDate endDate targets { countyCode } }\n      targetProgress { metric target year countyCode actionLine source from to figure achievedShare met }\n      placements {\n        total\n        byCounty { key count }\n        byActionLine { key count }\n        byForm { key count }\n        byCategory { key count }\n        byYear { key count }\n        byQuarter { year quarter count }\n      }\n      graduates { wantingAndAble served employed serviceRate employmentRate byCohort { year wantingAndAble served employed serviceRate employmentRate } }\n      publicWelfare { disabledHires totalPosts share }\n      priorityGroups { group registered employed served }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanForEdit($id: ID!) {\n    plan(id: $id) {\n      id title issuingBody documentNumber basis { title documentNumber } startDate endDate notes status\n      targets { id metric value year countyCode actionLine source }\n    }\n  }\n"): (typeof documents)["\n  query PlanForEdit($id: ID!) {\n    plan(id: $id) {\n      id title issuingBody documentNumber basis { title documentNumber } startDate endDate notes status\n      targets { id metric value year countyCode actionLine source }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePlan($input: PlanInput!) { savePlan(input: $input) { id title startDate endDate } }\n"): (typeof documents)["\n  mutation SavePlan($input: PlanInput!) { savePlan(input: $input) { id title startDate endDate } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePlan($id: ID!) { deletePlan(id: $id) }\n"): (typeof documents)["\n  mutation DeletePlan($id: ID!) { deletePlan(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlansList {\n    plans { id title startDate endDate status issuingBody documentNumber targets { id metric value year countyCode actionLine } }\n  }\n"): (typeof documents)["\n  query PlansList {\n    plans { id title startDate endDate status issuingBody documentNumber targets { id metric value year countyCode actionLine } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPublicWelfarePosts($countyCode: String!, $year: Int!, $total: Int!, $source: String!) {\n    setPublicWelfarePosts(countyCode: $countyCode, year: $year, total: $total, source: $source)\n  }\n"): (typeof documents)["\n  mutation SetPublicWelfarePosts($countyCode: String!, $year: Int!, $total: Int!, $source: String!) {\n    setPublicWelfarePosts(countyCode: $countyCode, year: $year, total: $total, source: $source)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterlyReportPlans { plans { id title startDate endDate } }\n"): (typeof documents)["\n  query QuarterlyReportPlans { plans { id title startDate endDate } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterlyReport($year: Int, $quarter: Int, $countyCode: String, $planId: ID) {\n    quarterlyReport(year: $year, quarter: $quarter, countyCode: $countyCode, planId: $planId) {\n      year quarter from to countyCode exportUrl\n      plan { id title issuingBody documentNumber basis { title documentNumber } startDate endDate }\n      rows { countyCode countyName quarter yearToDate planToDate }\n      totals { quarter yearToDate planToDate }\n      byActionLine { key count }\n      byForm { key count }\n      byCategory { key count }\n      yearTarget { target source figure achievedShare }\n      fourOnes { year population checked checkRate wantingWork assessed registered served complete coverageRate }\n      graduateCohorts { year wantingAndAble served employed serviceRate employmentRate }\n      publicWelfare { disabledHires totalPosts share }\n      retention { months retained left unknown notDue rate }\n    }\n  }\n"): (typeof documents)["\n  query QuarterlyReport($year: Int, $quarter: Int, $countyCode: String, $planId: ID) {\n    quarterlyReport(year: $year, quarter: $quarter, countyCode: $countyCode, planId: $planId) {\n      year quarter from to countyCode exportUrl\n      plan { id title issuingBody documentNumber basis { title documentNumber } startDate endDate }\n      rows { countyCode countyName quarter yearToDate planToDate }\n      totals { quarter yearToDate planToDate }\n      byActionLine { key count }\n      byForm { key count }\n      byCategory { key count }\n      yearTarget { target source figure achievedShare }\n      fourOnes { year population checked checkRate wantingWork assessed registered served complete coverageRate }\n      graduateCohorts { year wantingAndAble served employed serviceRate employmentRate }\n      publicWelfare { disabledHires totalPosts share }\n      retention { months retained left unknown notDue rate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterlySubmissions($year: Int!, $quarter: Int!) {\n    quarterlySubmissions(year: $year, quarter: $quarter) { countyCode countyName state latest { id version status signerName submittedAt } }\n  }\n"): (typeof documents)["\n  query QuarterlySubmissions($year: Int!, $quarter: Int!) {\n    quarterlySubmissions(year: $year, quarter: $quarter) { countyCode countyName state latest { id version status signerName submittedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountySubmissionVersions($year: Int!, $quarter: Int!, $countyCode: String!) {\n    quarterlySubmissionVersions(year: $year, quarter: $quarter, countyCode: $countyCode) {\n      id version status signerName submittedAt returnedAt returnReason figures { key value }\n    }\n  }\n"): (typeof documents)["\n  query CountySubmissionVersions($year: Int!, $quarter: Int!, $countyCode: String!) {\n    quarterlySubmissionVersions(year: $year, quarter: $quarter, countyCode: $countyCode) {\n      id version status signerName submittedAt returnedAt returnReason figures { key value }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnQuarterlyReport($id: ID!, $reason: String!) { returnQuarterlyReport(id: $id, reason: $reason) { id status returnReason returnedAt } }\n"): (typeof documents)["\n  mutation ReturnQuarterlyReport($id: ID!, $reason: String!) { returnQuarterlyReport(id: $id, reason: $reason) { id status returnReason returnedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareQuarterlySubmissions($fromId: ID!, $toId: ID!) { compareQuarterlySubmissions(fromId: $fromId, toId: $toId) { key before after } }\n"): (typeof documents)["\n  query CompareQuarterlySubmissions($fromId: ID!, $toId: ID!) { compareQuarterlySubmissions(fromId: $fromId, toId: $toId) { key before after } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterlySubmissionVersions($year: Int!, $quarter: Int!, $countyCode: String!) {\n    quarterlySubmissionVersions(year: $year, quarter: $quarter, countyCode: $countyCode) { id version status signerName submittedAt returnedAt returnReason }\n  }\n"): (typeof documents)["\n  query QuarterlySubmissionVersions($year: Int!, $quarter: Int!, $countyCode: String!) {\n    quarterlySubmissionVersions(year: $year, quarter: $quarter, countyCode: $countyCode) { id version status signerName submittedAt returnedAt returnReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQuarterlyReport($year: Int!, $quarter: Int!, $countyCode: String!) {\n    submitQuarterlyReport(year: $year, quarter: $quarter, countyCode: $countyCode) { id version status signerName submittedAt returnedAt returnReason }\n  }\n"): (typeof documents)["\n  mutation SubmitQuarterlyReport($year: Int!, $quarter: Int!, $countyCode: String!) {\n    submitQuarterlyReport(year: $year, quarter: $quarter, countyCode: $countyCode) { id version status signerName submittedAt returnedAt returnReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPlacementContract($placementId: ID!, $input: PlacementContractInput!) {\n    setPlacementContract(placementId: $placementId, input: $input) {\n      placementId contractKind contractMonths monthlyWage socialInsuranceFull partTime\n    }\n  }\n"): (typeof documents)["\n  mutation SetPlacementContract($placementId: ID!, $input: PlacementContractInput!) {\n    setPlacementContract(placementId: $placementId, input: $input) {\n      placementId contractKind contractMonths monthlyWage socialInsuranceFull partTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerQuotaOrganization { myOrganization { id name type } }\n"): (typeof documents)["\n  query EmployerQuotaOrganization { myOrganization { id name type } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerQuotaPosition($organizationId: ID!, $year: Int!) {\n    quotaPosition(organizationId: $organizationId, year: $year) { ...QuotaPositionFields }\n    organizationYears(organizationId: $organizationId) { year staffCount averageWage establishedPosts }\n  }\n"): (typeof documents)["\n  query EmployerQuotaPosition($organizationId: ID!, $year: Int!) {\n    quotaPosition(organizationId: $organizationId, year: $year) { ...QuotaPositionFields }\n    organizationYears(organizationId: $organizationId) { year staffCount averageWage establishedPosts }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveOrganizationYear($input: OrganizationYearInput!) {\n    saveOrganizationYear(input: $input) { organizationId year staffCount averageWage establishedPosts }\n  }\n"): (typeof documents)["\n  mutation SaveOrganizationYear($input: OrganizationYearInput!) {\n    saveOrganizationYear(input: $input) { organizationId year staffCount averageWage establishedPosts }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerQuotaReviewPack($organizationId: ID!, $year: Int!) {\n    quotaReviewPack(organizationId: $organizationId, year: $year) { ...QuotaReviewPackFields }\n  }\n"): (typeof documents)["\n  query EmployerQuotaReviewPack($organizationId: ID!, $year: Int!) {\n    quotaReviewPack(organizationId: $organizationId, year: $year) { ...QuotaReviewPackFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInsuranceMonths($placementId: ID!, $year: Int!, $months: Int!) {\n    setInsuranceMonths(placementId: $placementId, year: $year, months: $months) { placementId year insuranceMonths }\n  }\n"): (typeof documents)["\n  mutation SetInsuranceMonths($placementId: ID!, $year: Int!, $months: Int!) {\n    setInsuranceMonths(placementId: $placementId, year: $year, months: $months) { placementId year insuranceMonths }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQuotaReviewPack($organizationId: ID!, $year: Int!) {\n    submitQuotaReviewPack(organizationId: $organizationId, year: $year) { id version status }\n  }\n"): (typeof documents)["\n  mutation SubmitQuotaReviewPack($organizationId: ID!, $year: Int!) {\n    submitQuotaReviewPack(organizationId: $organizationId, year: $year) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicySettings {\n    policySettings { key label value source confirmed updatedBy updatedByName updatedAt defaultValue }\n  }\n"): (typeof documents)["\n  query PolicySettings {\n    policySettings { key label value source confirmed updatedBy updatedByName updatedAt defaultValue }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicySettingHistory($key: String!) {\n    policySettingHistory(key: $key) { id oldValue newValue oldSource newSource note changedBy changedByName changedAt }\n  }\n"): (typeof documents)["\n  query PolicySettingHistory($key: String!) {\n    policySettingHistory(key: $key) { id oldValue newValue oldSource newSource note changedBy changedByName changedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePolicySetting($key: String!, $value: JSON!, $source: String, $note: String) {\n    updatePolicySetting(key: $key, value: $value, source: $source, note: $note) {\n      key value source confirmed updatedBy updatedByName updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePolicySetting($key: String!, $value: JSON!, $source: String, $note: String) {\n    updatePolicySetting(key: $key, value: $value, source: $source, note: $note) {\n      key value source confirmed updatedBy updatedByName updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationsBelowQuota($year: Int!, $countyCode: String, $page: PageInput) {\n    organizationsBelowQuota(year: $year, countyCode: $countyCode, page: $page) {\n      total page pageSize\n      items {\n        organizationId staffCount required counted achievedRatioPercent ratioMet atLeastOneApplies atLeastOneMet\n        levyPayable smallEnterpriseExempt wageEstimated\n        organization { id name type countyCode }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationsBelowQuota($year: Int!, $countyCode: String, $page: PageInput) {\n    organizationsBelowQuota(year: $year, countyCode: $countyCode, page: $page) {\n      total page pageSize\n      items {\n        organizationId staffCount required counted achievedRatioPercent ratioMet atLeastOneApplies atLeastOneMet\n        levyPayable smallEnterpriseExempt wageEstimated\n        organization { id name type countyCode }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffQuotaPosition($organizationId: ID!, $year: Int!) {\n    quotaPosition(organizationId: $organizationId, year: $year) {\n      ...QuotaPositionFields\n      organization { id name type countyCode }\n    }\n  }\n"): (typeof documents)["\n  query StaffQuotaPosition($organizationId: ID!, $year: Int!) {\n    quotaPosition(organizationId: $organizationId, year: $year) {\n      ...QuotaPositionFields\n      organization { id name type countyCode }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuotaPositionFields on QuotaPosition {\n    organizationId year provisional yearDataEntered staffCount averageWage ratioPercent requiredExact required counted\n    countedPeople achievedRatioPercent ratioMet atLeastOneApplies atLeastOneMet shortfall socialAverageWage\n    socialAverageWageYear wageCap levyWage wageCapped levyDue reductionPayPercent smallEnterpriseExempt levyPayable wageEstimated notes\n    people {\n      seekerId name certificateNumber severe weight months units counts graduateFullYear reasons\n      placements { placementId startDate contractKind contractMonths monthlyWage socialInsuranceFull }\n    }\n  }\n"): (typeof documents)["\n  fragment QuotaPositionFields on QuotaPosition {\n    organizationId year provisional yearDataEntered staffCount averageWage ratioPercent requiredExact required counted\n    countedPeople achievedRatioPercent ratioMet atLeastOneApplies atLeastOneMet shortfall socialAverageWage\n    socialAverageWageYear wageCap levyWage wageCapped levyDue reductionPayPercent smallEnterpriseExempt levyPayable wageEstimated notes\n    people {\n      seekerId name certificateNumber severe weight months units counts graduateFullYear reasons\n      placements { placementId startDate contractKind contractMonths monthlyWage socialInsuranceFull }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaReviewSubmission($id: ID!) { quotaReviewSubmission(id: $id) { ...QuotaReviewPackFields } }\n"): (typeof documents)["\n  query QuotaReviewSubmission($id: ID!) { quotaReviewSubmission(id: $id) { ...QuotaReviewPackFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmQuotaReviewPack($id: ID!) { confirmQuotaReviewPack(id: $id) { id status reviewedAt reviewedByName } }\n"): (typeof documents)["\n  mutation ConfirmQuotaReviewPack($id: ID!) { confirmQuotaReviewPack(id: $id) { id status reviewedAt reviewedByName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnQuotaReviewPack($id: ID!, $reason: String!) { returnQuotaReviewPack(id: $id, reason: $reason) { id status returnReason } }\n"): (typeof documents)["\n  mutation ReturnQuotaReviewPack($id: ID!, $reason: String!) { returnQuotaReviewPack(id: $id, reason: $reason) { id status returnReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuotaReviewRowFields on QuotaReviewSubmission {\n    id organizationId organizationName countyCode year version status submittedAt submittedByName reviewedAt reviewedByName\n    required counted shortfall levyPayable\n  }\n"): (typeof documents)["\n  fragment QuotaReviewRowFields on QuotaReviewSubmission {\n    id organizationId organizationName countyCode year version status submittedAt submittedByName reviewedAt reviewedByName\n    required counted shortfall levyPayable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaReviewQueue($page: PageInput) {\n    quotaReviewQueue(page: $page) { total page pageSize items { ...QuotaReviewRowFields } }\n  }\n"): (typeof documents)["\n  query QuotaReviewQueue($page: PageInput) {\n    quotaReviewQueue(page: $page) { total page pageSize items { ...QuotaReviewRowFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfirmedQuotaReviewPacks($year: Int!, $page: PageInput) {\n    confirmedQuotaReviewPacks(year: $year, page: $page) { total page pageSize items { ...QuotaReviewRowFields } }\n  }\n"): (typeof documents)["\n  query ConfirmedQuotaReviewPacks($year: Int!, $page: PageInput) {\n    confirmedQuotaReviewPacks(year: $year, page: $page) { total page pageSize items { ...QuotaReviewRowFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuotaReviewPackFields on QuotaReviewPack {\n    id version status organizationId organizationName creditCode countyCode year provisional ratioMet notes\n    submittedAt submittedByName reviewedAt reviewedByName returnReason\n    lines { key label value rule }\n    people {\n      seekerId name certificateNumber level severe weight monthsEmployed monthsCounted insuranceMonths insuranceShort units counts\n      graduateFullYear reasons\n      placements { placementId startDate endDate contractKind contractMonths monthlyWage partTime monthsEmployed insuranceMonths }\n    }\n    submissions { id version status submittedAt submittedByName reviewedAt returnReason }\n  }\n"): (typeof documents)["\n  fragment QuotaReviewPackFields on QuotaReviewPack {\n    id version status organizationId organizationName creditCode countyCode year provisional ratioMet notes\n    submittedAt submittedByName reviewedAt reviewedByName returnReason\n    lines { key label value rule }\n    people {\n      seekerId name certificateNumber level severe weight monthsEmployed monthsCounted insuranceMonths insuranceShort units counts\n      graduateFullYear reasons\n      placements { placementId startDate endDate contractKind contractMonths monthlyWage partTime monthsEmployed insuranceMonths }\n    }\n    submissions { id version status submittedAt submittedByName reviewedAt returnReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationToVerify($id: ID!) {\n    organization(id: $id) {\n      id name creditCode creditCodeValid type countyCode address description submittedAt verificationStatus verificationNote\n      privateDetails { contactName contactPhone staffCount }\n      licence { mimeType byteSize fileName uploadedAt url }\n      verificationHistory { id decision fromStatus toStatus note closedPostings createdAt deciderOffice deciderName }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationToVerify($id: ID!) {\n    organization(id: $id) {\n      id name creditCode creditCodeValid type countyCode address description submittedAt verificationStatus verificationNote\n      privateDetails { contactName contactPhone staffCount }\n      licence { mimeType byteSize fileName uploadedAt url }\n      verificationHistory { id decision fromStatus toStatus note closedPostings createdAt deciderOffice deciderName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideOrganization($input: OrganizationDecisionInput!) {\n    decideOrganization(input: $input) { id verificationStatus verificationNote verifiedAt }\n  }\n"): (typeof documents)["\n  mutation DecideOrganization($input: OrganizationDecisionInput!) {\n    decideOrganization(input: $input) { id verificationStatus verificationNote verifiedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationQueue($filter: VerificationQueueFilter, $page: PageInput) {\n    verificationQueue(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        id name creditCode creditCodeValid type countyCode submittedAt verificationStatus verificationNote\n        privateDetails { contactName contactPhone }\n        licence { mimeType }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerificationQueue($filter: VerificationQueueFilter, $page: PageInput) {\n    verificationQueue(filter: $filter, page: $page) {\n      total page pageSize\n      items {\n        id name creditCode creditCodeValid type countyCode submittedAt verificationStatus verificationNote\n        privateDetails { contactName contactPhone }\n        licence { mimeType }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountyWorkshopOptions($county: String!) {\n    workshops(filter: { countyCode: $county }, page: { pageSize: 100 }) { items { id name kind capacity employedCount } }\n  }\n"): (typeof documents)["\n  query CountyWorkshopOptions($county: String!) {\n    workshops(filter: { countyCode: $county }, page: { pageSize: 100 }) { items { id name kind capacity employedCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkPlacementToWorkshop($placementId: ID!, $workshopId: ID) {\n    linkPlacementToWorkshop(placementId: $placementId, workshopId: $workshopId) { id workshopId workshop { id name } }\n  }\n"): (typeof documents)["\n  mutation LinkPlacementToWorkshop($placementId: ID!, $workshopId: ID) {\n    linkPlacementToWorkshop(placementId: $placementId, workshopId: $workshopId) { id workshopId workshop { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopsByCounty { workshopsByCounty { countyCode workshops capacity employed } }\n"): (typeof documents)["\n  query WorkshopsByCounty { workshopsByCounty { countyCode workshops capacity employed } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountyWorkshops($filter: WorkshopFilter) {\n    workshops(filter: $filter, page: { pageSize: 100 }) { total items { id kind name capacity employedCount canManage } }\n  }\n"): (typeof documents)["\n  query CountyWorkshops($filter: WorkshopFilter) {\n    workshops(filter: $filter, page: { pageSize: 100 }) { total items { id kind name capacity employedCount canManage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopForEdit($id: ID!) {\n    workshop(id: $id) {\n      id kind name countyCode town address capacity supports accessibilityNote workKinds homeBased description contactName contactPhone\n      organizationId employedCount canManage\n    }\n  }\n"): (typeof documents)["\n  query WorkshopForEdit($id: ID!) {\n    workshop(id: $id) {\n      id kind name countyCode town address capacity supports accessibilityNote workKinds homeBased description contactName contactPhone\n      organizationId employedCount canManage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkshop($input: WorkshopInput!) { createWorkshop(input: $input) { id name } }\n"): (typeof documents)["\n  mutation CreateWorkshop($input: WorkshopInput!) { createWorkshop(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkshop($id: ID!, $input: WorkshopInput!) { updateWorkshop(id: $id, input: $input) { id name capacity employedCount } }\n"): (typeof documents)["\n  mutation UpdateWorkshop($id: ID!, $input: WorkshopInput!) { updateWorkshop(id: $id, input: $input) { id name capacity employedCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySubsidyApplications {\n    mySubsidyApplications { subsidyName personName application { id status submittedAt decisionReason } }\n  }\n"): (typeof documents)["\n  query MySubsidyApplications {\n    mySubsidyApplications { subsidyName personName application { id status submittedAt decisionReason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidyCatalogue {\n    subsidies { code name claimant claimantStated source eligibility evaluated funds unverified amount { verified text source } }\n  }\n"): (typeof documents)["\n  query SubsidyCatalogue {\n    subsidies { code name claimant claimantStated source eligibility evaluated funds unverified amount { verified text source } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidyEligibility {\n    subsidyEligibility {\n      organizationId seekerId asOf quotaYear needsProfile\n      hires { placementId personName startDate employmentForm items { ...EligibilityItemFields } }\n      own { ...EligibilityItemFields }\n    }\n  }\n  fragment EligibilityItemFields on EligibilityItemModel {\n    placementId outcome reason why\n    facts { key label value }\n    application { id status }\n    subsidy { code name source eligibility unverified amount { verified text } }\n  }\n"): (typeof documents)["\n  query SubsidyEligibility {\n    subsidyEligibility {\n      organizationId seekerId asOf quotaYear needsProfile\n      hires { placementId personName startDate employmentForm items { ...EligibilityItemFields } }\n      own { ...EligibilityItemFields }\n    }\n  }\n  fragment EligibilityItemFields on EligibilityItemModel {\n    placementId outcome reason why\n    facts { key label value }\n    application { id status }\n    subsidy { code name source eligibility unverified amount { verified text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubsidyApplications($filter: SubsidyApplicationFilter) {\n    subsidyApplications(filter: $filter, page: { page: 1, pageSize: 50 }) {\n      total\n      items {\n        subsidyName applicantName personName why facts { label value }\n        application { id status subsidyCode countyCode note submittedAt decisionReason }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubsidyApplications($filter: SubsidyApplicationFilter) {\n    subsidyApplications(filter: $filter, page: { page: 1, pageSize: 50 }) {\n      total\n      items {\n        subsidyName applicantName personName why facts { label value }\n        application { id status subsidyCode countyCode note submittedAt decisionReason }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideSubsidyApplication($input: DecideSubsidyInput!) { decideSubsidyApplication(input: $input) { id status decisionReason } }\n"): (typeof documents)["\n  mutation DecideSubsidyApplication($input: DecideSubsidyInput!) { decideSubsidyApplication(input: $input) { id status decisionReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForSubsidy($input: ApplySubsidyInput!) { applyForSubsidy(input: $input) { id status subsidyCode placementId } }\n"): (typeof documents)["\n  mutation ApplyForSubsidy($input: ApplySubsidyInput!) { applyForSubsidy(input: $input) { id status subsidyCode placementId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseCardFields on TrainingCourse {\n    id title kind skills certificateKind certificateLevel startsOn endsOn schedule sessions mode venueName address\n    capacity enrolledCount open feeYuan subsidyNote subsidyYuan subsidySource subsidyAmountText\n    stepFreeRoute accessibleToilets hearingLoop tactilePaving signLanguage brailleMaterials largePrint captions\n    county { code nameZh nameEn }\n    provider { id name }\n  }\n"): (typeof documents)["\n  fragment CourseCardFields on TrainingCourse {\n    id title kind skills certificateKind certificateLevel startsOn endsOn schedule sessions mode venueName address\n    capacity enrolledCount open feeYuan subsidyNote subsidyYuan subsidySource subsidyAmountText\n    stepFreeRoute accessibleToilets hearingLoop tactilePaving signLanguage brailleMaterials largePrint captions\n    county { code nameZh nameEn }\n    provider { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TalentPool($filter: TalentPoolFilter, $page: PageInput) {\n    talentPool(filter: $filter, page: $page) {\n      total page pageSize\n      items { seekerId displayName countyCode education skills employmentStatus certificates { enrolmentId courseTitle certificateKind certificateLevel } }\n    }\n  }\n"): (typeof documents)["\n  query TalentPool($filter: TalentPoolFilter, $page: PageInput) {\n    talentPool(filter: $filter, page: $page) {\n      total page pageSize\n      items { seekerId displayName countyCode education skills employmentStatus certificates { enrolmentId courseTitle certificateKind certificateLevel } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      ...CourseCardFields\n      description accessibilityNote canManage hasPlaces\n      provider { id name kind address contactPhone }\n      myEnrolment { id status }\n    }\n  }\n"): (typeof documents)["\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      ...CourseCardFields\n      description accessibilityNote canManage hasPlaces\n      provider { id name kind address contactPhone }\n      myEnrolment { id status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolInCourse($courseId: ID!) {\n    enrol(courseId: $courseId) { id status course { id enrolledCount hasPlaces myEnrolment { id status } } }\n  }\n"): (typeof documents)["\n  mutation EnrolInCourse($courseId: ID!) {\n    enrol(courseId: $courseId) { id status course { id enrolledCount hasPlaces myEnrolment { id status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowseCourses($filter: CourseFilter, $page: PageInput) {\n    courses(filter: $filter, page: $page) { total page pageSize items { ...CourseCardFields } }\n  }\n"): (typeof documents)["\n  query BrowseCourses($filter: CourseFilter, $page: PageInput) {\n    courses(filter: $filter, page: $page) { total page pageSize items { ...CourseCardFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnrolments {\n    myEnrolments {\n      id status sessionsAttended certificateKind certificateLevel certificateNumber certificateIssuedOn\n      onBehalf { staffName office }\n      course { id title startsOn endsOn sessions mode venueName address county { code nameZh nameEn } }\n    }\n  }\n"): (typeof documents)["\n  query MyEnrolments {\n    myEnrolments {\n      id status sessionsAttended certificateKind certificateLevel certificateNumber certificateIssuedOn\n      onBehalf { staffName office }\n      course { id title startsOn endsOn sessions mode venueName address county { code nameZh nameEn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawEnrolment($id: ID!) { withdrawEnrolment(enrolmentId: $id) { id status course { id enrolledCount hasPlaces } } }\n"): (typeof documents)["\n  mutation WithdrawEnrolment($id: ID!) { withdrawEnrolment(enrolmentId: $id) { id status course { id enrolledCount hasPlaces } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseEditorContext($id: ID!, $withCourse: Boolean!) {\n    trainingProviders { id name canManage }\n    course(id: $id) @include(if: $withCourse) {\n      id providerId title kind description skills certificateKind certificateLevel countyCode startsOn endsOn schedule sessions mode\n      venueName address stepFreeRoute accessibleToilets hearingLoop tactilePaving accessibilityNote signLanguage brailleMaterials\n      largePrint captions feeYuan subsidyNote subsidyYuan subsidySource capacity open canManage\n    }\n  }\n"): (typeof documents)["\n  query CourseEditorContext($id: ID!, $withCourse: Boolean!) {\n    trainingProviders { id name canManage }\n    course(id: $id) @include(if: $withCourse) {\n      id providerId title kind description skills certificateKind certificateLevel countyCode startsOn endsOn schedule sessions mode\n      venueName address stepFreeRoute accessibleToilets hearingLoop tactilePaving accessibilityNote signLanguage brailleMaterials\n      largePrint captions feeYuan subsidyNote subsidyYuan subsidySource capacity open canManage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCourse($input: CourseInput!) { createCourse(input: $input) { id title } }"): (typeof documents)["mutation CreateCourse($input: CourseInput!) { createCourse(input: $input) { id title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCourse($id: ID!, $input: CourseInput!) { updateCourse(id: $id, input: $input) { id title capacity enrolledCount open } }"): (typeof documents)["mutation UpdateCourse($id: ID!, $input: CourseInput!) { updateCourse(id: $id, input: $input) { id title capacity enrolledCount open } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnBehalfEnrolContext($id: ID!) {\n    seeker(id: $id) { id name consents }\n    courses(page: { pageSize: 50 }) { items { id title startsOn endsOn capacity enrolledCount mode venueName address county { code nameZh nameEn } } }\n  }\n"): (typeof documents)["\n  query OnBehalfEnrolContext($id: ID!) {\n    seeker(id: $id) { id name consents }\n    courses(page: { pageSize: 50 }) { items { id title startsOn endsOn capacity enrolledCount mode venueName address county { code nameZh nameEn } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolOnBehalf($seekerId: ID!, $courseId: ID!) {\n    enrol(seekerId: $seekerId, courseId: $courseId) { id status course { id title enrolledCount } onBehalf { staffName office } }\n  }\n"): (typeof documents)["\n  mutation EnrolOnBehalf($seekerId: ID!, $courseId: ID!) {\n    enrol(seekerId: $seekerId, courseId: $courseId) { id status course { id title enrolledCount } onBehalf { staffName office } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseRoster($id: ID!) {\n    course(id: $id) { id title sessions certificateKind certificateLevel canManage }\n    courseEnrolments(courseId: $id) {\n      id status sessionsAttended certificateNumber\n      seeker { id name countyCode }\n    }\n  }\n"): (typeof documents)["\n  query CourseRoster($id: ID!) {\n    course(id: $id) { id title sessions certificateKind certificateLevel canManage }\n    courseEnrolments(courseId: $id) {\n      id status sessionsAttended certificateNumber\n      seeker { id name countyCode }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($id: ID!, $n: Int!) { recordAttendance(enrolmentId: $id, sessionsAttended: $n) { id sessionsAttended } }\n"): (typeof documents)["\n  mutation RecordAttendance($id: ID!, $n: Int!) { recordAttendance(enrolmentId: $id, sessionsAttended: $n) { id sessionsAttended } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCompletion($id: ID!, $input: CompletionInput!) {\n    recordCompletion(enrolmentId: $id, input: $input) { id status certificateNumber certificateKind certificateLevel }\n  }\n"): (typeof documents)["\n  mutation RecordCompletion($id: ID!, $input: CompletionInput!) {\n    recordCompletion(enrolmentId: $id, input: $input) { id status certificateNumber certificateKind certificateLevel }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCourses {\n    courses(filter: { includeClosed: true }, page: { page: 1, pageSize: 100 }) {\n      total items { id title startsOn endsOn capacity enrolledCount open canManage }\n    }\n    trainingProviders { id name kind countyCode canManage }\n  }\n"): (typeof documents)["\n  query StaffCourses {\n    courses(filter: { includeClosed: true }, page: { page: 1, pageSize: 100 }) {\n      total items { id title startsOn endsOn capacity enrolledCount open canManage }\n    }\n    trainingProviders { id name kind countyCode canManage }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTrainingProvider($input: ProviderInput!) { saveTrainingProvider(input: $input) { id name kind countyCode canManage } }\n"): (typeof documents)["\n  mutation SaveTrainingProvider($input: ProviderInput!) { saveTrainingProvider(input: $input) { id name kind countyCode canManage } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkshopDetail($id: ID!) {\n    workshop(id: $id) {\n      id kind name town address capacity employedCount homeBased workKinds supports accessibilityNote description\n      contactName contactPhone source county { code nameZh nameEn }\n    }\n  }\n"): (typeof documents)["\n  query WorkshopDetail($id: ID!) {\n    workshop(id: $id) {\n      id kind name town address capacity employedCount homeBased workKinds supports accessibilityNote description\n      contactName contactPhone source county { code nameZh nameEn }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowseWorkshops($filter: WorkshopFilter, $page: PageInput) {\n    workshops(filter: $filter, page: $page) {\n      total\n      items { id kind name town capacity employedCount homeBased workKinds supports county { code nameZh nameEn } }\n    }\n  }\n"): (typeof documents)["\n  query BrowseWorkshops($filter: WorkshopFilter, $page: PageInput) {\n    workshops(filter: $filter, page: $page) {\n      total\n      items { id kind name town capacity employedCount homeBased workKinds supports county { code nameZh nameEn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkshopCounty { myProfile { id countyCode } }\n"): (typeof documents)["\n  query MyWorkshopCounty { myProfile { id countyCode } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;