import { lazy, Suspense, useCallback, useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCornerHold } from '../admin/use-corner-hold';
import { useReportStaffPanel } from '../kiosk/staff-panel';
import { HelpBar } from '../components/HelpBar';
import { host } from '../host';
import { TopBar } from '../components/TopBar';
import { applyPackTexts, loadStaffLanguage, switchLanguage } from '../i18n/i18n';
import { directionOf } from '../i18n/languages';
import { AboutScreen } from '../screens/AboutScreen';
import { GoodToKnowScreen } from '../screens/GoodToKnowScreen';
import { LanguageScreen } from '../screens/LanguageScreen';
import { OverviewScreen } from '../screens/OverviewScreen';
import { SafetyScreen } from '../screens/SafetyScreen';
import { StepScreen } from '../screens/StepScreen';
import { StorageScreen } from '../screens/StorageScreen';
import { TopicsScreen } from '../screens/TopicsScreen';
import { WelcomeScreen } from '../screens/WelcomeScreen';
import { WhenItHelpsScreen } from '../screens/WhenItHelpsScreen';
import { stepText } from './step-text';
import { NORMAL_PLAYBACK, PlaybackContext, type Playback } from '../teaching/playback';
import { PracticeScreen } from '../teaching/PracticeScreen';
import { PresenterBar } from '../teaching/PresenterBar';
import { INITIAL_TEACH_BACK, teachBack } from '../teaching/teach-back-state';
import { TeachBackDone } from '../teaching/TeachBackDone';
import { TeachBackScreen } from '../teaching/TeachBackScreen';
import { TeachingCodeDialog } from '../teaching/TeachingCodeDialog';
import { TeachingSummary } from '../teaching/TeachingSummary';
import { useTeaching } from '../teaching/use-teaching';
import { INITIAL_NAVIGATION, navigate, type Screen } from './navigation';
import { useKioskData } from './use-kiosk-data';
import { useSwipe } from './use-swipe';

// The staff panel is loaded on the first corner hold: patients never pay for it at start.
const loadAdminGate = () => import('../admin/AdminGate');
const AdminGate = lazy(() => loadAdminGate().then((module) => ({ default: module.AdminGate })));

/** Where "Practice now" opens away from the steps: step 7, press back, the start of the rhythm. */
const PRACTICE_DEFAULT_STEP = 6;
const INTERACTIVE_MARK = 'bedside:interactive';

export function App() {
  const { t, i18n } = useTranslation();
  const { t: tg } = useTranslation('guide');
  const { data, retry } = useKioskData();
  const [nav, dispatch] = useReducer(navigate, INITIAL_NAVIGATION);
  // Teaching mode (issue 7): everything below lives in memory and is dropped when the session ends.
  const [codeOpen, setCodeOpen] = useState(false);
  const [playback, setPlayback] = useState<Playback>(NORMAL_PLAYBACK);
  const [teachBackState, teachBackDispatch] = useReducer(teachBack, INITIAL_TEACH_BACK);
  const teaching = useTeaching(() => {
    setPlayback(NORMAL_PLAYBACK);
    teachBackDispatch({ type: 'restart' });
    dispatch({ type: 'reset' });
  });
  const teachingConfig = teaching.status.active ? teaching.status.config : null;
  const language = i18n.language;
  const direction = directionOf(language);
  const stepCount = data.status === 'ready' ? data.guide.steps.length : 0;
  const mainRef = useRef<HTMLElement>(null);

  const go = useCallback((screen: Screen) => dispatch({ type: 'go', screen }), []);
  const atLastStep = nav.screen.name === 'step' && nav.screen.index >= stepCount - 1;
  const next = useCallback(() => {
    // In teaching mode the guide ends with the teach-back, not the storage page.
    if (teachingConfig && atLastStep) {
      teachBackDispatch({ type: 'restart' });
      dispatch({ type: 'go', screen: { name: 'teachBack' } });
    } else dispatch({ type: 'next-step', count: stepCount });
  }, [stepCount, teachingConfig, atLastStep]);
  const back = useCallback(() => dispatch({ type: 'previous-step' }), []);
  const chooseLanguage = useCallback(async (lng: string) => {
    await switchLanguage(lng);
  }, []);
  const swipe = useSwipe(direction, next, back);

  const packTexts = data.status === 'ready' ? data.guide.texts : null;
  useEffect(() => {
    if (packTexts) void applyPackTexts(packTexts);
  }, [packTexts]);

  // The staff panel: opened by a 3-second hold on the top reading-start corner.
  const [staffLanguage, setStaffLanguage] = useState<string | null>(null);
  const openAdmin = useCallback(() => {
    void loadStaffLanguage(language).then(setStaffLanguage);
  }, [language]);
  const closeAdmin = useCallback(() => setStaffLanguage(null), []);
  useReportStaffPanel(staffLanguage !== null);
  // The panel's code and staff words start loading as the hold begins, so the PIN pad
  // is there when the 3 seconds end, even on a busy kiosk.
  const prepareAdmin = useCallback(() => {
    void loadAdminGate().catch(() => undefined);
    void loadStaffLanguage(language);
  }, [language]);
  useCornerHold(direction, data.status === 'ready' && staffLanguage === null, openAdmin, prepareAdmin);
  useEffect(() => {
    try {
      return host().onAdminSessionEnded(closeAdmin);
    } catch {
      return undefined;
    }
  }, [closeAdmin]);

  // Each new screen starts at its top, with focus on its heading for screen readers.
  const screenKey =
    nav.screen.name === 'step' || nav.screen.name === 'practice'
      ? `${nav.screen.name}-${nav.screen.index}`
      : nav.screen.name === 'teachBack'
        ? `teachBack-${teachBackState.index}-${teachBackState.phase === 'review'}`
        : nav.screen.name;
  useEffect(() => {
    mainRef.current?.scrollTo?.(0, 0);
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, [screenKey]);

  // The first moment a tap works: `npm run bench` measures cold start to this mark.
  const ready = data.status === 'ready';
  useEffect(() => {
    if (ready && performance.getEntriesByName(INTERACTIVE_MARK).length === 0) {
      performance.mark(INTERACTIVE_MARK);
    }
  }, [ready]);

  useEffect(() => {
    if (nav.screen.name !== 'step') return;
    function onKey(event: KeyboardEvent) {
      const forwardKey = direction === 'ltr' ? 'ArrowRight' : 'ArrowLeft';
      const backKey = direction === 'ltr' ? 'ArrowLeft' : 'ArrowRight';
      if (event.key === forwardKey || event.key === 'PageDown') next();
      else if (event.key === backKey || event.key === 'PageUp') back();
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [nav.screen.name, direction, next, back]);

  if (data.status === 'loading') {
    // The welcome screen without the ward's settings: the build pre-renders exactly this
    // into index.html (build/prerender-welcome.ts), so it is on screen before any script
    // runs, and React hydrates it. A tap on Start is kept and shown once the guide is in.
    // Same element tree as the ready welcome screen below, so React keeps these nodes.
    return nav.screen.name === 'welcome' ? (
      <div className="app" data-screen="welcome" data-teaching="off" aria-busy="true">
        <TopBar
          language={language}
          onHome={() => go({ name: 'welcome' })}
          onTopics={() => go({ name: 'topics' })}
          onLanguage={() => dispatch({ type: 'open-language' })}
        />
        <main id="main" ref={mainRef} className="main">
          <PlaybackContext.Provider value={playback}>
            <WelcomeScreen
              languages={[]}
              language={language}
              onLanguage={chooseLanguage}
              onStart={() => go({ name: 'overview' })}
            />
          </PlaybackContext.Provider>
        </main>
        <HelpBar contacts={[]} pending onTeaching={() => setCodeOpen(true)} />
      </div>
    ) : (
      <div className="app app-loading" aria-busy="true" />
    );
  }
  if (data.status === 'failed') {
    return (
      <main className="app app-failed">
        <h1>{t('errors.guideUnavailable')}</h1>
        <button type="button" className="button button-primary" onClick={retry}>
          {t('errors.retry')}
        </button>
      </main>
    );
  }

  const { guide, settings } = data;
  if (staffLanguage !== null) {
    return (
      <Suspense fallback={null}>
        <AdminGate staffLanguage={staffLanguage} guide={guide} onClose={closeAdmin} />
      </Suspense>
    );
  }
  const screen = nav.screen;
  let content: ReactNode;
  switch (screen.name) {
    case 'welcome':
      content = (
        <WelcomeScreen
          languages={settings.languages}
          language={language}
          onLanguage={chooseLanguage}
          onStart={() => go({ name: 'overview' })}
        />
      );
      break;
    case 'language':
      content = (
        <LanguageScreen
          languages={settings.languages}
          language={language}
          onSelect={async (lng) => {
            await chooseLanguage(lng);
            dispatch({ type: 'close-language' });
          }}
        />
      );
      break;
    case 'topics':
      content = <TopicsScreen onTopic={(topic) => go({ name: topic })} />;
      break;
    case 'overview':
      content = <OverviewScreen steps={guide.steps} onStep={(index) => go({ name: 'step', index })} />;
      break;
    case 'step':
      content = (
        <StepScreen
          steps={guide.steps}
          index={screen.index}
          onBack={back}
          onNext={next}
          onJump={(index) => go({ name: 'step', index })}
        />
      );
      break;
    case 'whenItHelps':
      content = <WhenItHelpsScreen />;
      break;
    case 'goodToKnow':
      content = <GoodToKnowScreen />;
      break;
    case 'storage':
      content = <StorageScreen figures={guide.storage} />;
      break;
    case 'safety':
      content = <SafetyScreen />;
      break;
    case 'about':
      content = <AboutScreen pack={guide.pack} />;
      break;
    case 'practice': {
      const step = guide.steps[screen.index];
      content =
        teachingConfig && step ? (
          <PracticeScreen
            step={step.id}
            config={teachingConfig}
            onBack={() => go({ name: 'step', index: screen.index })}
          />
        ) : null;
      break;
    }
    case 'teachBack':
      content = !teachingConfig ? null : teachBackState.phase === 'done' ? (
        <TeachBackDone
          takeHomeUrl={teachingConfig.takeHomeUrl}
          onSummary={() => go({ name: 'teachingSummary' })}
        />
      ) : (
        <TeachBackScreen guide={guide} state={teachBackState} dispatch={teachBackDispatch} />
      );
      break;
    case 'teachingSummary':
      content = teachingConfig ? (
        <TeachingSummary missed={teachBackState.missed} onDone={() => void teaching.end()} />
      ) : null;
      break;
  }
  // A teaching screen without a session (it just ended) shows nothing but the bars until the reset lands.

  const presenterStep =
    screen.name === 'step' || screen.name === 'practice' ? screen.index : null;
  const presenterBar = teachingConfig ? (
    <PresenterBar
      titles={guide.steps.map((step) => stepText(tg, step.id).title)}
      step={presenterStep}
      paused={playback.paused}
      slow={playback.rate < 1}
      onPrevious={() => presenterStep !== null && go({ name: 'step', index: presenterStep - 1 })}
      onNext={() =>
        go({ name: 'step', index: presenterStep === null ? 0 : Math.min(stepCount - 1, presenterStep + 1) })
      }
      onJump={(index) => go({ name: 'step', index })}
      onTogglePause={() => setPlayback((p) => ({ ...p, paused: !p.paused }))}
      onToggleSlow={() => setPlayback((p) => ({ ...p, rate: p.rate < 1 ? 1 : 0.5 }))}
      onReplay={() => setPlayback((p) => ({ ...p, paused: false, replay: p.replay + 1 }))}
      onPractice={() => go({ name: 'practice', index: presenterStep ?? PRACTICE_DEFAULT_STEP })}
      onTeachBack={() => {
        teachBackDispatch({ type: 'restart' });
        go({ name: 'teachBack' });
      }}
      onEnd={() => void teaching.end()}
    />
  ) : null;

  return (
    <div
      className={teachingConfig ? 'app app-teaching' : 'app'}
      data-screen={screen.name}
      data-teaching={teachingConfig ? 'on' : 'off'}
    >
      <TopBar
        language={language}
        onHome={() => go({ name: 'welcome' })}
        onTopics={() => go({ name: 'topics' })}
        onLanguage={() => dispatch({ type: 'open-language' })}
      />
      <main id="main" ref={mainRef} className="main" {...(screen.name === 'step' ? swipe : {})}>
        <PlaybackContext.Provider value={playback}>{content}</PlaybackContext.Provider>
      </main>
      {presenterBar ? (
        // In teaching mode the presenter's controls and the help share one line.
        <div className="bottom-bars">
          {presenterBar}
          <HelpBar contacts={settings.contacts} compact />
        </div>
      ) : (
        <HelpBar contacts={settings.contacts} onTeaching={() => setCodeOpen(true)} />
      )}
      {codeOpen && !teachingConfig ? (
        <TeachingCodeDialog
          onSubmit={async (code) => {
            const result = await teaching.start(code);
            if (result.ok) setCodeOpen(false);
            return result;
          }}
          onClose={() => setCodeOpen(false)}
        />
      ) : null}
    </div>
  );
}
