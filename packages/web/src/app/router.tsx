import { Permission } from '@pj/shared';
import { lazy, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { AuthLayout } from './AuthLayout';
import { loadPageText } from './i18n';
import type { TextGroup } from '../../build/page-text';
import { NotFoundPage } from './NotFoundPage';
import { RequirePermission } from './RequirePermission';
import { RouteErrorPage } from './RouteErrorPage';
import { useSignedInSession } from './session/session-store';
import { Shell } from './Shell';

/**
 * A page split out of the initial bundle, loaded together (in parallel) with the data layer it
 * needs and its text (its group in `build/page-text.ts`, with `data`, in the language shown). The
 * shell renders and stays interactive while they load; the page renders once all are there.
 */
function lazyDataPage(text: TextGroup, load: () => Promise<ComponentType>) {
  return lazy(async () => {
    const [{ withData }, Page] = await Promise.all([import('./data'), load(), loadPageText('data', text)]);
    return { default: withData(Page) };
  });
}

const LoginPage = lazyDataPage('login', () => import('../modules/auth/pages/LoginPage').then((m) => m.LoginPage));
const PatientListPage = lazyDataPage('patientList', () =>
  import('../modules/patients/pages/PatientListPage').then((m) => m.PatientListPage));
const PatientPage = lazyDataPage('patient', () =>
  import('../modules/patients/pages/PatientPage').then((m) => m.PatientPage));
const RegisterPatientPage = lazyDataPage('registerPatient', () =>
  import('../modules/patients/pages/RegisterPatientPage').then((m) => m.RegisterPatientPage));
const ReferralWorklistPage = lazyDataPage('referrals', () =>
  import('../modules/referrals/pages/ReferralWorklistPage').then((m) => m.ReferralWorklistPage));
const ScheduledJobsPage = lazyDataPage('jobs', () =>
  import('../modules/jobs/pages/ScheduledJobsPage').then((m) => m.ScheduledJobsPage));
const AuditLogPage = lazyDataPage('audit', () => import('../modules/audit/pages/AuditLogPage').then((m) => m.AuditLogPage));
const WardCensusPage = lazyDataPage('wards', () =>
  import('../modules/inpatient/pages/WardCensusPage').then((m) => m.WardCensusPage));
const DischargePrintPage = lazyDataPage('dischargePrint', () =>
  import('../modules/inpatient/pages/DischargePrintPage').then((m) => m.DischargePrintPage));
const OncologyAlertsPage = lazyDataPage('oncologyAlerts', () =>
  import('../modules/oncology/pages/OncologyAlertsPage').then((m) => m.OncologyAlertsPage));
const ProtocolLibraryPage = lazyDataPage('protocols', () =>
  import('../modules/oncology/pages/ProtocolLibraryPage').then((m) => m.ProtocolLibraryPage));
const ProtocolPage = lazyDataPage('protocols', () => import('../modules/oncology/pages/ProtocolPage').then((m) => m.ProtocolPage));
const NewProtocolPage = lazyDataPage('protocols', () => import('../modules/oncology/pages/ProtocolFormPage').then((m) => m.NewProtocolPage));
const ReviseProtocolPage = lazyDataPage('protocols', () => import('../modules/oncology/pages/ProtocolFormPage').then((m) => m.ReviseProtocolPage));
const FollowUpListPage = lazyDataPage('followUps', () =>
  import('../modules/follow-ups/pages/FollowUpListPage').then((m) => m.FollowUpListPage));
const MissionListPage = lazyDataPage('missions', () => import('../modules/surgery/pages/MissionListPage').then((m) => m.MissionListPage));
const MissionPage = lazyDataPage('mission', () => import('../modules/surgery/pages/MissionPage').then((m) => m.MissionPage));
const TheatreBoardPage = lazyDataPage('theatre', () => import('../modules/surgery/pages/TheatreBoardPage').then((m) => m.TheatreBoardPage));
const ChecklistPage = lazyDataPage('checklist', () => import('../modules/surgery/pages/ChecklistPage').then((m) => m.ChecklistPage));
const OperationRecordPage = lazyDataPage('operationRecord', () =>
  import('../modules/surgery/pages/OperationRecordPage').then((m) => m.OperationRecordPage));
const StaffLogPage = lazyDataPage('staff', () => import('../modules/surgery/pages/StaffLogPage').then((m) => m.StaffLogPage));
const UserListPage = lazyDataPage('accounts', () => import('../modules/accounts/pages/UserListPage').then((m) => m.UserListPage));
const NewUserPage = lazyDataPage('accounts', () => import('../modules/accounts/pages/NewUserPage').then((m) => m.NewUserPage));
const UserAccountPage = lazyDataPage('accounts', () => import('../modules/accounts/pages/UserAccountPage').then((m) => m.UserAccountPage));
const MyApiTokensPage = lazyDataPage('accounts', () => import('../modules/accounts/pages/MyApiTokensPage').then((m) => m.MyApiTokensPage));
const ReferralReportPage = lazyDataPage('reports', () => import('../modules/reports/pages/ReferralReportPage').then((m) => m.ReferralReportPage));
const IndicatorsPage = lazyDataPage('indicators', () => import('../modules/reports/pages/IndicatorsPage').then((m) => m.IndicatorsPage));
const ReceiveReferralPage = lazyDataPage('receiveReferral', () => import('../modules/cases/pages/ReceiveReferralPage').then((m) => m.ReceiveReferralPage));
const EditPatientPage = lazyDataPage('editPatient', () => import('../modules/cases/pages/EditPatientPage').then((m) => m.EditPatientPage));
const MergePatientsPage = lazyDataPage('editPatient', () => import('../modules/cases/pages/MergePatientsPage').then((m) => m.MergePatientsPage));
const BookOperationPage = lazyDataPage('bookOperation', () => import('../modules/surgery/pages/BookOperationPage').then((m) => m.BookOperationPage));
const HandoverPage = lazyDataPage('handover', () => import('../modules/training/pages/HandoverPage').then((m) => m.HandoverPage));
const StaffDirectoryPage = lazyDataPage('staffDirectory', () => import('../modules/surgery/pages/StaffDirectoryPage').then((m) => m.StaffDirectoryPage));
const MyLogbookPage = lazyDataPage('logbook', () => import('../modules/training/pages/MyLogbookPage').then((m) => m.MyLogbookPage));
const CountersignPage = lazyDataPage('logbook', () => import('../modules/training/pages/CountersignPage').then((m) => m.CountersignPage));
// Training: progress and entrustment.
const ProgressPage = lazyDataPage('trainingProgress', () => import('../modules/training/pages/ProgressPage').then((m) => m.ProgressPage));
const EntrustmentPage = lazyDataPage('entrustment', () => import('../modules/training/pages/EntrustmentPage').then((m) => m.EntrustmentPage));
const HomePage = lazy(async () => {
  const [{ HomePage: Page }] = await Promise.all([import('../modules/home/HomePage'), loadPageText('home')]);
  return { default: Page };
});

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
          // Training: one's own progress (anyone signed in; another's needs READ_TRAINING), the supervisors' list.
          { path: 'training/progress', element: <ProgressPage /> },
          {
            path: 'training/entrustment',
            element: (
              <RequirePermission permission={Permission.SUPERVISE_TRAINING}>
                <EntrustmentPage />
              </RequirePermission>
            ),
          },
          {
            path: 'reports',
            element: (
              <RequirePermission permission={Permission.READ_REPORTS}>
                <IndicatorsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'reports/referrals',
            element: (
              <RequirePermission permission={Permission.READ_WORKLISTS}>
                <ReferralReportPage />
              </RequirePermission>
            ),
          },
          {
            path: 'training/handover',
            element: (
              <RequirePermission permission={Permission.READ_TRAINING}>
                <HandoverPage />
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
          { path: 'training/logbook', element: <MyLogbookPage /> },
          {
            path: 'training/countersign',
            element: (
              <RequirePermission permission={Permission.SUPERVISE_TRAINING}>
                <CountersignPage />
              </RequirePermission>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
