import { Permission } from '@pj/shared';
import { lazy, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { AuthLayout } from './AuthLayout';
import { NotFoundPage } from './NotFoundPage';
import { RequirePermission } from './RequirePermission';
import { RouteErrorPage } from './RouteErrorPage';
import { useSignedInSession } from './session/session-store';
import { Shell } from './Shell';

/**
 * A page split out of the initial bundle, loaded together (in parallel) with the data layer it
 * needs. The shell renders and stays interactive while both load.
 */
function lazyDataPage(load: () => Promise<ComponentType>) {
  return lazy(async () => {
    const [{ withData }, Page] = await Promise.all([import('./data'), load()]);
    return { default: withData(Page) };
  });
}

const LoginPage = lazyDataPage(() => import('../modules/auth/pages/LoginPage').then((m) => m.LoginPage));
const PatientListPage = lazyDataPage(() =>
  import('../modules/patients/pages/PatientListPage').then((m) => m.PatientListPage),
);
const PatientPage = lazyDataPage(() =>
  import('../modules/patients/pages/PatientPage').then((m) => m.PatientPage),
);
const RegisterPatientPage = lazyDataPage(() =>
  import('../modules/patients/pages/RegisterPatientPage').then((m) => m.RegisterPatientPage),
);
const ReferralWorklistPage = lazyDataPage(() =>
  import('../modules/referrals/pages/ReferralWorklistPage').then((m) => m.ReferralWorklistPage),
);
const ScheduledJobsPage = lazyDataPage(() =>
  import('../modules/jobs/pages/ScheduledJobsPage').then((m) => m.ScheduledJobsPage),
);
const AuditLogPage = lazyDataPage(() => import('../modules/audit/pages/AuditLogPage').then((m) => m.AuditLogPage));
const WardCensusPage = lazyDataPage(() =>
  import('../modules/inpatient/pages/WardCensusPage').then((m) => m.WardCensusPage),
);
const DischargePrintPage = lazyDataPage(() =>
  import('../modules/inpatient/pages/DischargePrintPage').then((m) => m.DischargePrintPage),
);
const OncologyAlertsPage = lazyDataPage(() =>
  import('../modules/oncology/pages/OncologyAlertsPage').then((m) => m.OncologyAlertsPage),
);
const ProtocolLibraryPage = lazyDataPage(() =>
  import('../modules/oncology/pages/ProtocolLibraryPage').then((m) => m.ProtocolLibraryPage),
);
const ProtocolPage = lazyDataPage(() => import('../modules/oncology/pages/ProtocolPage').then((m) => m.ProtocolPage));
const NewProtocolPage = lazyDataPage(() => import('../modules/oncology/pages/ProtocolFormPage').then((m) => m.NewProtocolPage));
const ReviseProtocolPage = lazyDataPage(() => import('../modules/oncology/pages/ProtocolFormPage').then((m) => m.ReviseProtocolPage));
const FollowUpListPage = lazyDataPage(() =>
  import('../modules/follow-ups/pages/FollowUpListPage').then((m) => m.FollowUpListPage),
);
const MissionListPage = lazyDataPage(() => import('../modules/surgery/pages/MissionListPage').then((m) => m.MissionListPage));
const MissionPage = lazyDataPage(() => import('../modules/surgery/pages/MissionPage').then((m) => m.MissionPage));
const TheatreBoardPage = lazyDataPage(() => import('../modules/surgery/pages/TheatreBoardPage').then((m) => m.TheatreBoardPage));
const ChecklistPage = lazyDataPage(() => import('../modules/surgery/pages/ChecklistPage').then((m) => m.ChecklistPage));
const OperationRecordPage = lazyDataPage(() =>
  import('../modules/surgery/pages/OperationRecordPage').then((m) => m.OperationRecordPage),
);
const StaffLogPage = lazyDataPage(() => import('../modules/surgery/pages/StaffLogPage').then((m) => m.StaffLogPage));
const UserListPage = lazyDataPage(() => import('../modules/accounts/pages/UserListPage').then((m) => m.UserListPage));
const NewUserPage = lazyDataPage(() => import('../modules/accounts/pages/NewUserPage').then((m) => m.NewUserPage));
const UserAccountPage = lazyDataPage(() => import('../modules/accounts/pages/UserAccountPage').then((m) => m.UserAccountPage));
const MyApiTokensPage = lazyDataPage(() => import('../modules/accounts/pages/MyApiTokensPage').then((m) => m.MyApiTokensPage));
const ReferralReportPage = lazyDataPage(() => import('../modules/reports/pages/ReferralReportPage').then((m) => m.ReferralReportPage));
const ReceiveReferralPage = lazyDataPage(() => import('../modules/cases/pages/ReceiveReferralPage').then((m) => m.ReceiveReferralPage));
const EditPatientPage = lazyDataPage(() => import('../modules/cases/pages/EditPatientPage').then((m) => m.EditPatientPage));
const MergePatientsPage = lazyDataPage(() => import('../modules/cases/pages/MergePatientsPage').then((m) => m.MergePatientsPage));
const BookOperationPage = lazyDataPage(() => import('../modules/surgery/pages/BookOperationPage').then((m) => m.BookOperationPage));
const StaffDirectoryPage = lazyDataPage(() => import('../modules/surgery/pages/StaffDirectoryPage').then((m) => m.StaffDirectoryPage));
const HomePage = lazy(() => import('../modules/home/HomePage').then((m) => ({ default: m.HomePage })));

/** The start page: the patient list for those who may open records, else what the role can use. */
function StartPage() {
  const { permissions } = useSignedInSession();
  return permissions.has(Permission.READ_PATIENTS) ? <PatientListPage /> : <HomePage />;
}

export const router = createBrowserRouter([
  {
    element: <AuthLayout />,
    errorElement: <RouteErrorPage />,
    children: [{ path: 'login', element: <LoginPage /> }],
  },
  {
    path: '/',
    // Asks who is signed in first; sends anyone who is not to the sign-in page.
    element: <Shell />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Errors inside a page render within the shell, so navigation stays available.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <StartPage /> },
          {
            path: 'patients',
            element: (
              <RequirePermission permission={Permission.READ_PATIENTS}>
                <PatientListPage />
              </RequirePermission>
            ),
          },
          {
            path: 'patients/new',
            element: (
              <RequirePermission permission={Permission.REGISTER_PATIENTS}>
                <RegisterPatientPage />
              </RequirePermission>
            ),
          },
          {
            path: 'patients/:id',
            element: (
              <RequirePermission permission={Permission.READ_PATIENTS}>
                <PatientPage />
              </RequirePermission>
            ),
          },
          {
            path: 'patients/:id/discharges/:dischargeId/print',
            element: (
              <RequirePermission permission={Permission.READ_PATIENTS}>
                <DischargePrintPage />
              </RequirePermission>
            ),
          },
          {
            path: 'wards',
            element: (
              <RequirePermission permission={Permission.READ_WORKLISTS}>
                <WardCensusPage />
              </RequirePermission>
            ),
          },
          {
            path: 'oncology/alerts',
            element: (
              <RequirePermission permission={Permission.READ_PATIENTS}>
                <OncologyAlertsPage />
              </RequirePermission>
            ),
          },
          // The protocol library: read by the care team, kept by the oncology team.
          {
            path: 'oncology/protocols',
            element: (
              <RequirePermission permission={Permission.READ_PATIENTS}>
                <ProtocolLibraryPage />
              </RequirePermission>
            ),
          },
          {
            path: 'oncology/protocols/new',
            element: (
              <RequirePermission permission={Permission.MANAGE_PROTOCOLS}>
                <NewProtocolPage />
              </RequirePermission>
            ),
          },
          {
            path: 'oncology/protocols/:id',
            element: (
              <RequirePermission permission={Permission.READ_PATIENTS}>
                <ProtocolPage />
              </RequirePermission>
            ),
          },
          {
            path: 'oncology/protocols/:id/revise',
            element: (
              <RequirePermission permission={Permission.MANAGE_PROTOCOLS}>
                <ReviseProtocolPage />
              </RequirePermission>
            ),
          },
          {
            path: 'follow-ups',
            element: (
              <RequirePermission permission={Permission.READ_PATIENTS}>
                <FollowUpListPage />
              </RequirePermission>
            ),
          },
          {
            path: 'referrals',
            element: (
              <RequirePermission permission={Permission.READ_WORKLISTS}>
                <ReferralWorklistPage />
              </RequirePermission>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequirePermission permission={Permission.READ_AUDIT_LOG}>
                <AuditLogPage />
              </RequirePermission>
            ),
          },
          {
            path: 'admin/jobs',
            element: (
              <RequirePermission permission={Permission.READ_SCHEDULED_JOBS}>
                <ScheduledJobsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'missions',
            element: (
              <RequirePermission permission={Permission.MANAGE_MISSIONS}>
                <MissionListPage />
              </RequirePermission>
            ),
          },
          {
            path: 'missions/:id',
            element: (
              <RequirePermission permission={Permission.MANAGE_MISSIONS}>
                <MissionPage />
              </RequirePermission>
            ),
          },
          {
            path: 'theatre',
            element: (
              <RequirePermission permission={Permission.READ_WORKLISTS}>
                <TheatreBoardPage />
              </RequirePermission>
            ),
          },
          {
            path: 'surgeries/:id/checklist',
            element: (
              <RequirePermission permission={Permission.RECORD_CHECKLIST}>
                <ChecklistPage />
              </RequirePermission>
            ),
          },
          {
            path: 'surgeries/:id/record',
            element: (
              <RequirePermission permission={Permission.RECORD_SURGERY}>
                <OperationRecordPage />
              </RequirePermission>
            ),
          },
          {
            path: 'staff/:id',
            element: (
              <RequirePermission permission={Permission.READ_WORKLISTS}>
                <StaffLogPage />
              </RequirePermission>
            ),
          },
          {
            path: 'admin/users',
            element: (
              <RequirePermission permission={Permission.MANAGE_USERS}>
                <UserListPage />
              </RequirePermission>
            ),
          },
          {
            path: 'admin/users/new',
            element: (
              <RequirePermission permission={Permission.MANAGE_USERS}>
                <NewUserPage />
              </RequirePermission>
            ),
          },
          {
            path: 'admin/users/:id',
            element: (
              <RequirePermission permission={Permission.MANAGE_USERS}>
                <UserAccountPage />
              </RequirePermission>
            ),
          },
          { path: 'account/tokens', element: <MyApiTokensPage /> },
          {
            path: 'reports/referrals',
            element: (
              <RequirePermission permission={Permission.READ_WORKLISTS}>
                <ReferralReportPage />
              </RequirePermission>
            ),
          },
          {
            path: 'referrals/receive',
            element: (
              <RequirePermission permission={Permission.MANAGE_REFERRALS}>
                <ReceiveReferralPage />
              </RequirePermission>
            ),
          },
          {
            path: 'patients/:id/edit',
            element: (
              <RequirePermission permission={Permission.REGISTER_PATIENTS}>
                <EditPatientPage />
              </RequirePermission>
            ),
          },
          {
            path: 'patients/:id/merge',
            element: (
              <RequirePermission permission={Permission.MERGE_PATIENTS}>
                <MergePatientsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'theatre/book',
            element: (
              <RequirePermission permission={Permission.BOOK_SURGERY}>
                <BookOperationPage />
              </RequirePermission>
            ),
          },
          {
            path: 'staff',
            element: (
              <RequirePermission permission={Permission.READ_WORKLISTS}>
                <StaffDirectoryPage />
              </RequirePermission>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
