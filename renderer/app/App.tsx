import { useCallback, useEffect, useReducer, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpBar } from '../components/HelpBar';
import { TopBar } from '../components/TopBar';
import { switchLanguage } from '../i18n/i18n';
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
import { INITIAL_NAVIGATION, navigate, type Screen } from './navigation';
import { useKioskData } from './use-kiosk-data';
import { useSwipe } from './use-swipe';

export function App() {
  const { t, i18n } = useTranslation();
  const { data, retry } = useKioskData();
  const [nav, dispatch] = useReducer(navigate, INITIAL_NAVIGATION);
  const language = i18n.language;
  const direction = directionOf(language);
  const stepCount = data.status === 'ready' ? data.guide.steps.length : 0;
  const mainRef = useRef<HTMLElement>(null);

  const go = useCallback((screen: Screen) => dispatch({ type: 'go', screen }), []);
  const next = useCallback(() => dispatch({ type: 'next-step', count: stepCount }), [stepCount]);
  const back = useCallback(() => dispatch({ type: 'previous-step' }), []);
  const chooseLanguage = useCallback(async (lng: string) => {
    await switchLanguage(lng);
  }, []);
  const swipe = useSwipe(direction, next, back);

  // Each new screen starts at its top, with focus on its heading for screen readers.
  const screenKey = nav.screen.name === 'step' ? `step-${nav.screen.index}` : nav.screen.name;
  useEffect(() => {
    mainRef.current?.scrollTo?.(0, 0);
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, [screenKey]);

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
    return <div className="app app-loading" aria-busy="true" />;
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
  }

  return (
    <div className="app" data-screen={screen.name}>
      <TopBar
        language={language}
        onHome={() => go({ name: 'welcome' })}
        onTopics={() => go({ name: 'topics' })}
        onLanguage={() => dispatch({ type: 'open-language' })}
      />
      <main id="main" ref={mainRef} className="main" {...(screen.name === 'step' ? swipe : {})}>
        {content}
      </main>
      <HelpBar contacts={settings.contacts} />
    </div>
  );
}
