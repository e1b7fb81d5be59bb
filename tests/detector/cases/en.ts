// English cases written for the rule tests: many ways of saying no, and many things that are not.
import type { Case } from './types';

export const EN_CASES: readonly Case[] = [
  // Rejections: cold, warm, automated, after interviews, closed roles, withdrawn offers
  [
    'rejection',
    'Your application',
    'Hi Sam,\n\nThank you for applying. After reviewing your application, we will not be moving forward at this time.\n\nBest,\nThe Team',
  ],
  [
    'rejection',
    'Application update',
    'Dear Alex,\n\nThank you for your interest. We have decided to proceed with candidates whose experience better matches our needs.\n\nRegards',
  ],
  [
    'rejection',
    'Re: Analyst role',
    'Hi Jo, we have decided not to take your application any further. Thanks again for your time.',
  ],
  [
    'rejection',
    'Your candidacy',
    'Dear Priya,\n\nWe appreciate your patience. Unfortunately, we have chosen another candidate for the Marketing Lead position.\n\nKind regards,\nHR',
  ],
  [
    'rejection',
    'Update',
    'Hello,\n\nUnfortunately your application was not successful this time.\n\nThanks',
  ],
  [
    'rejection',
    'Thank you for interviewing',
    'Hi Ben,\n\nThank you for taking the time to interview with us. While we enjoyed our conversation, we have decided to pursue other applicants for this role.\n\nBest wishes',
  ],
  [
    'rejection',
    'Decision',
    'Hi Maya, after careful consideration we have decided to go with a candidate who has more experience in retail banking. I really appreciated your time.',
  ],
  [
    'rejection',
    'Your application to Northwind',
    'Dear Candidate,\n\nWe regret to advise that your application for the role of Buyer has been unsuccessful.\n\nNorthwind Recruitment',
  ],
  [
    'rejection',
    'Application status',
    'We are sorry to let you know that you have not been shortlisted for the next stage of the process.',
  ],
  [
    'rejection',
    'Outcome of your application',
    'Dear Mr Patel,\n\nI am writing to let you know that on this occasion your application has not progressed to interview.\n\nYours sincerely',
  ],
  [
    'rejection',
    'Re: Developer position',
    'hey - sorry, we ended up hiring someone else for this one. good luck out there!',
  ],
  [
    'rejection',
    'Thanks for your time',
    'Hi Lee, thanks for the chat last week. We have decided to move ahead with another applicant whose background is closer to what the team needs.',
  ],
  [
    'rejection',
    'Final round',
    'Hi Ana,\n\nThanks for spending the day with us. It was a tough call, but we will not be offering you the position. I would be glad to share some feedback if that would help.\n\nCheers',
  ],
  [
    'rejection',
    'Position update',
    'Dear applicant, we wanted to let you know that the position you applied for has been closed and we will not be hiring for it at this time.',
  ],
  [
    'rejection',
    'Requisition cancelled',
    'Hi Omar, the Data Engineer role has been cancelled due to budget changes, so we will not be able to continue your candidacy. Sorry about this.',
  ],
  [
    'rejection',
    'Offer',
    'Dear Kim,\n\nI am very sorry to tell you that we have to rescind the offer we made you last week due to an unexpected restructuring.\n\nSincerely',
  ],
  [
    'rejection',
    'Your offer',
    'Hi Dan, I hate to write this, but we need to withdraw our job offer. The funding we expected did not come through.',
  ],
  [
    'rejection',
    'Application Status: Not Selected',
    'Your application status has changed.\n\nStatus: Not Selected',
  ],
  ['rejection', 'Declined', 'Declined'],
  [
    'rejection',
    'Application for Store Manager',
    'Your application for Store Manager has been declined.',
  ],
  [
    'rejection',
    'Your application',
    'We have reviewed your application and will not be progressing it further.',
  ],
  [
    'rejection',
    'Internal hire',
    'Hi Ravi, thanks for your interest. We have filled the role internally, so we will be closing the search.',
  ],
  [
    'rejection',
    'Update on the Product role',
    'Hi Eva, I wanted to let you know that we decided to offer the role to another finalist. It was extremely close.',
  ],
  [
    'rejection',
    'Your application',
    'Dear Sir/Madam, we regret that we are unable to offer you a position at this time. We will keep your CV on file.',
  ],
  [
    'rejection',
    'Re: Interview',
    'Thanks again for coming in. Sadly we will not be moving you to the next round.',
  ],
  [
    'rejection',
    'Application',
    'Dear Jon, we received a very high number of applications and, after review, you were not selected for an interview on this occasion.',
  ],
  [
    'rejection',
    'Graduate scheme',
    'Thank you for applying to our graduate scheme. We are sorry to inform you that your application will not proceed to the assessment centre.',
  ],
  [
    'rejection',
    'Your application at Brightpath',
    'Hi Lina,\n\nThank you for your application. After careful review, we have concluded that your profile does not match the requirements of this position closely enough.\n\nBrightpath Talent',
  ],
  [
    'rejection',
    'Re: Nurse position',
    'Hello, I am afraid the post has already been filled. Thank you for your interest.',
  ],
  [
    'rejection',
    'Following up',
    "Hi Tom, I'm sorry to say we won't be moving forward. We felt other candidates were a stronger fit for the team right now.",
  ],
  [
    'rejection',
    'Your application',
    'Dear Applicant,\n\nThank you for your application. We regret to inform you that we will not be taking it further.\n\nHR Team',
  ],
  [
    'rejection',
    'Re: your interview',
    'Hi Zoe - quick note to say we went with someone else in the end. Thanks so much for your time!',
  ],
  [
    'rejection',
    'Application outcome',
    'Unfortunately we are not able to progress your application at this time.',
  ],
  [
    'rejection',
    'Your application',
    'Thank you for applying. Following a review of all applications, we have decided not to invite you to interview.',
  ],
  [
    'rejection',
    'Your application',
    'We have decided to move forward with other candidates whose qualifications better align with the role. We wish you every success in your job search.',
  ],
  [
    'rejection',
    'Re: role',
    'Hi Mo, I have some disappointing news: the hiring team decided not to proceed with your candidacy.',
  ],
  [
    'rejection',
    'Update',
    'Hi Kai, after much deliberation we have decided that we will not be extending you an offer for the Designer role.',
  ],
  [
    'rejection',
    'Your application',
    'Thank you for your interest in the Finance Assistant position. The position has been filled and we are no longer accepting applications.',
  ],
  [
    'rejection',
    'Re: application',
    'You are no longer under consideration for the Account Manager role.',
  ],
  [
    'rejection',
    'Your job application',
    'Hi there, we appreciate you applying, but we have decided to go in a different direction for this role.',
  ],

  [
    'rejection',
    'Your application',
    'Hi Ella, we have decided not to move forward with your application at this time.',
  ],
  [
    'rejection',
    'Your application',
    'Dear Noah, we regret that we will not be able to offer you a role on this occasion.',
  ],
  [
    'rejection',
    'Re: your application',
    "Hi Liam, after reviewing your background, we don't think there is a fit for this role right now.",
  ],
  [
    'rejection',
    'Application update',
    'Hi Olivia, this role has now been filled. We appreciate your interest and encourage you to apply again.',
  ],
  [
    'rejection',
    'Your candidacy',
    'Dear Ava, the hiring team has decided to pursue a different candidate for the position.',
  ],
  [
    'rejection',
    'Thanks for interviewing',
    'Hi Lucas, thank you for interviewing with us. Unfortunately, we have selected a candidate whose experience more closely matches our needs.',
  ],
  ['rejection', 'Your application', 'Dear Mia, we are unable to move your application forward.'],
  [
    'rejection',
    'Update',
    'Hi Ethan, I am sorry to report that the team decided to go another way.',
  ],
  [
    'rejection',
    'Your application',
    'Dear Isla, your application has not been successful on this occasion.',
  ],
  ['rejection', 'Application', "Hi Jack, we won't be proceeding with your application."],
  [
    'rejection',
    'Following your interview',
    'Dear Grace, following your interview we have decided not to progress your application further.',
  ],
  [
    'rejection',
    'Your application',
    'Hello Leo, we have reviewed your application and unfortunately you do not meet the minimum requirements for this role.',
  ],
  [
    'rejection',
    'Your application',
    'Hi Chloe, we have made the decision to move forward with another applicant.',
  ],
  [
    'rejection',
    'Your application',
    'Hi Ruby, thank you for applying. We have decided to hire a candidate with more direct experience.',
  ],
  [
    'rejection',
    'Status update',
    'Hi Jacob, you have not been selected to move forward in the process.',
  ],

  [
    'rejection',
    'Re: role',
    'Hi Sam, the role went to another candidate in the end. Thanks so much for your time.',
  ],
  ['rejection', 'Re: role', 'Hey, we picked someone else for this one, sorry!'],
  [
    'rejection',
    'Update',
    'Hi Ana, we have found our person for the role, so we will be closing things out with the other applicants.',
  ],
  [
    'rejection',
    'Re: interview',
    'Hi Jo, the team felt you were not the right fit for this role. Thanks for coming in.',
  ],
  ['rejection', 'Re: interview', 'Hi Max, it is going to be a no this time, sorry.'],
  [
    'rejection',
    'Re: application',
    'Hi Lou, we are going to pass this time around. Good luck with the search.',
  ],
  ['rejection', 'Update', 'Hi Eli, just letting you know we have offered the job to someone else.'],
  [
    'rejection',
    'Your application',
    "Hi Pat, you weren't successful this time, but please keep applying.",
  ],
  ['rejection', 'Re: role', 'Hi Ian, we will be going another way with this hire.'],
  [
    'rejection',
    'Decision',
    'Hi Kate, we have made an offer to another candidate who has accepted.',
  ],
  [
    'rejection',
    'Application',
    'Hi Noel, the vacancy has now closed and your application will not be taken forward.',
  ],
  [
    'rejection',
    'Update',
    "Hi Rose, I'm afraid we've decided against moving ahead with your application.",
  ],
  [
    'rejection',
    'Update',
    'Hi Finn, after the trial day we decided you are not quite what we need right now.',
  ],
  [
    'rejection',
    'Your application',
    'Dear Ms Green, I am sorry to inform you that you have been unsuccessful in your application.',
  ],
  [
    'rejection',
    'Re: role',
    'Hi Amir, I wanted to let you know the position is no longer available.',
  ],
  [
    'rejection',
    'Re: interview',
    'Thanks for your time yesterday. The panel has recommended another applicant for appointment.',
  ],
  ['rejection', 'Candidate update', 'We will not be moving your candidacy to the next stage.'],
  ['rejection', 'Thank you', 'Hi June, it was close, but we have gone with the other finalist.'],
  [
    'rejection',
    'Your application',
    'Hi Tess, we are not going to progress your application for the Junior Designer role.',
  ],
  [
    'rejection',
    'Re: application',
    'Hi Cal, we reviewed your portfolio and it is not a match for what we need at the moment.',
  ],

  // Not rejections
  [
    'not',
    'Application received',
    'Hi Sam, thanks for applying! We have received your application and will review it shortly.',
  ],
  [
    'not',
    'Thanks for applying',
    'We received your application. Due to the volume of applications we are unable to reply to every applicant. If you do not hear from us within two weeks, please assume your application was unsuccessful.',
  ],
  [
    'not',
    'Your application',
    'Thank you for your application. Unfortunately, due to high volume, we cannot respond to everyone individually. Only shortlisted candidates will be contacted.',
  ],
  [
    'not',
    'Interview invitation',
    'Hi Lee, we were impressed by your application and would like to invite you to an interview next week. Please let us know your availability.',
  ],
  [
    'not',
    'Next steps',
    'Hi Ana, great news - the team would like to move you forward to the final round. Could you share a few times that work for you?',
  ],
  [
    'not',
    'Rescheduling',
    'Hi Jo, unfortunately the interviewer is ill today, so we need to reschedule your interview. Would Thursday work instead?',
  ],
  [
    'not',
    'Assessment',
    'Thanks for your interest. As the next step, please complete the online assessment within five days.',
  ],
  [
    'not',
    'Offer letter',
    'Dear Kim, we are delighted to offer you the position of Analyst. Please find your offer letter attached.',
  ],
  [
    'not',
    'Congratulations!',
    'Hi Dan, congratulations! We would like to offer you the role. Welcome to the team!',
  ],
  [
    'not',
    'Opportunity',
    'Hi, I came across your profile on LinkedIn and wanted to reach out about an exciting role. Are you open to a chat?',
  ],
  [
    'not',
    'New jobs for you',
    'New jobs matching your search: Data Analyst at Acme, Junior Analyst at Beta. Apply now.',
  ],
  [
    'not',
    'Weekly digest',
    'In this issue: how to bounce back from a rejection email, and five tips for interviews. Read more on our blog.',
  ],
  [
    'not',
    'Vote for our candidate',
    'Our candidate for city council needs your vote on Tuesday. Unfortunately the debate was cancelled. Chip in $5 today.',
  ],
  [
    'not',
    'Your loan application',
    'We regret to inform you that your loan application has been declined.',
  ],
  [
    'not',
    'Seller account',
    'Unfortunately your seller account application was not approved. You may reapply in 30 days.',
  ],
  [
    'not',
    'Your talk proposal',
    "Thank you for submitting a talk proposal. Unfortunately we were unable to accept your talk for this year's conference.",
  ],
  [
    'not',
    'Your order',
    'We are sorry, your order could not be processed because the payment was declined.',
  ],
  [
    'not',
    'Rental application',
    'Thank you for your interest in the apartment. Unfortunately the landlord has chosen another applicant.',
  ],
  [
    'not',
    'Grant decision',
    'We regret to inform you that your grant application was not selected for funding this cycle.',
  ],
  [
    'not',
    'Important update about your role',
    'Dear colleague, we regret to inform you that your position is being eliminated as part of a reduction in force. Your last working day will be 30 June.',
  ],
  [
    'not',
    'Hiring freeze',
    'Hi Priya, I wanted to let you know that we have put a hiring freeze in place, so the process is paused for now. We hope to pick it back up next quarter.',
  ],
  [
    'not',
    'Role on hold',
    'Hi Omar, the role has been put on hold while we review budgets. You are still very much in consideration.',
  ],
  [
    'not',
    'Re: Offer',
    'Dear Ms Lee, thank you so much for the offer. After a lot of thought I have decided to decline, as I have accepted another position.',
  ],
  [
    'not',
    'Re: Your application',
    'Hi Tom, thank you for letting me know. I would really appreciate any feedback on my interview if you have a moment.',
  ],
  [
    'not',
    'Re: Update',
    'Thanks for the update. Could you share any feedback on my application?\n\nOn Mon, 3 Mar 2025 at 10:00, Jane Doe <jane@corp.example> wrote:\n> Unfortunately we have decided to move forward with other candidates.',
  ],
  [
    'not',
    'Candidate pipeline',
    'Hi team, we decided not to move forward with Ryan after the panel. Please send your scorecards by Friday.',
  ],
  [
    'not',
    'Your application',
    'Thanks for applying! We are excited to review your application and will be in touch within two weeks.',
  ],
  [
    'not',
    'Interview confirmation',
    'This confirms your interview on Tuesday at 10:00. Unfortunately parking is limited, so please take public transport.',
  ],
  [
    'not',
    'Re: availability',
    "Unfortunately I can't do Monday. Would Wednesday at 2pm work for the call?",
  ],
  [
    'not',
    'Product update',
    'We regret to let you know that we are retiring the legacy dashboard next month. Your data will be migrated automatically.',
  ],
  [
    'not',
    'Admissions decision',
    'We regret to inform you that we are unable to offer you admission to the MSc programme.',
  ],
  [
    'not',
    'Your application is under review',
    'Your application for Software Engineer is under review. We will contact you if your profile matches.',
  ],
  [
    'not',
    'Next round',
    'Hi Eva, you have been shortlisted for the next round! Please pick a slot in the calendar link.',
  ],
  [
    'not',
    'Following up on my application',
    'Hi, I applied two weeks ago and wanted to follow up on my application. I remain very interested in the role.',
  ],
  [
    'not',
    'Newsletter',
    'Hello readers, this month we discuss the rejection letter: "we regret to inform you that your application was unsuccessful" is the most common sentence in recruiting.',
  ],
  [
    'not',
    'Volunteer shifts',
    'Unfortunately the Saturday shift is full. Please pick another date on the volunteer calendar.',
  ],
];
