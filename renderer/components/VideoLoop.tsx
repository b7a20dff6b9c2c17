import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInView } from '../app/use-in-view';
import { usePageVisible } from '../app/use-page-visible';
import { useReducedMotion } from '../app/use-reduced-motion';
import { reportProblem } from '../host';
import { LOCALES } from '../i18n/languages';
import { PlaybackContext } from '../teaching/playback';
import { Icon } from './Icon';

interface VideoLoopProps {
  video: string;
  poster: string;
  /** Describes the loop for screen readers. */
  label: string;
  /** Caption track URL per language code, from the content pack (none: no captions). */
  captions?: Record<string, string>;
  /** The patient's language: its captions are shown when the pack has them. */
  language?: string;
  /** Set while something covers the guide (the idle screen): the loop stops. */
  paused?: boolean;
  /**
   * Told the track's cues once they load and the cue showing now, as it changes. The
   * track stays hidden (nothing drawn over the hands): the caller shows the words
   * outside the picture.
   */
  onCaptions?: (captions: CaptionState) => void;
}

/** A caption track's words: every cue's text, and the one active at this moment. */
export interface CaptionState {
  cues: string[];
  active: string | null;
}

function cueTexts(cues: TextTrackCueList | null): string[] {
  return [...(cues ?? [])].map((cue) => (cue instanceof VTTCue ? cue.text : '')).filter(Boolean);
}

/**
 * The step's looping video: muted, looping, inline, no controls; its caption track in the
 * patient's language is loaded hidden and its cues handed to `onCaptions`. It plays only while it can be seen (on screen, window visible,
 * nothing covering it). With reduced motion asked for, it shows the poster and a
 * play button instead of starting by itself. A file that is missing or cannot play
 * falls back to the poster and a short note, never a broken box.
 * Give it a `key` per video so a new step starts with a fresh try.
 */
export function VideoLoop({
  video,
  poster,
  label,
  captions = {},
  language = '',
  paused = false,
  onCaptions,
}: VideoLoopProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const [posterFailed, setPosterFailed] = useState(false);
  const [chosenToPlay, setChosenToPlay] = useState(false);
  const frameRef = useRef<HTMLElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const reducedMotion = useReducedMotion();
  const pageVisible = usePageVisible();
  const inView = useInView(frameRef);
  const captionUrl = captions[language];
  // Teaching mode's presenter bar may pause, slow or restart the loop.
  const playback = useContext(PlaybackContext);
  const lastReplay = useRef(playback.replay);
  const trackRef = useRef<HTMLTrackElement>(null);

  const shouldPlay =
    !paused && !playback.paused && pageVisible && inView && (!reducedMotion || chosenToPlay);

  useEffect(() => {
    const element = videoRef.current;
    if (!element) return;
    element.playbackRate = playback.rate;
    if (playback.replay !== lastReplay.current) {
      lastReplay.current = playback.replay;
      element.currentTime = 0;
    }
  }, [playback.rate, playback.replay, failed]);

  // Chromium's style engine keeps every caption track it has seen, and through it the
  // <track>, its <video> and the whole step screen around it, after they leave the
  // page: one detached screen per step change, for the life of the kiosk. Taking the
  // track out of its video while both are still in the page lets the engine drop it.
  useLayoutEffect(() => {
    const element = videoRef.current;
    return () => {
      for (const track of element?.querySelectorAll('track') ?? []) {
        track.track.mode = 'disabled';
        track.remove();
      }
    };
  }, [failed]);

  // The cues are read, never drawn: a caption over the picture would cover the hands.
  useEffect(() => {
    const element = trackRef.current;
    if (!element) {
      onCaptions?.({ cues: [], active: null });
      return;
    }
    const track = element.track;
    track.mode = 'hidden';
    const report = () =>
      onCaptions?.({
        cues: cueTexts(track.cues),
        active: cueTexts(track.activeCues).join('\n') || null,
      });
    element.addEventListener('load', report);
    track.addEventListener('cuechange', report);
    report();
    return () => {
      element.removeEventListener('load', report);
      track.removeEventListener('cuechange', report);
    };
  }, [captionUrl, failed, onCaptions]);

  useEffect(() => {
    const element = videoRef.current;
    if (!element) return;
    if (shouldPlay) {
      // play() rejects when a pause interrupts it; the next state change retries.
      element.play().catch(() => undefined);
    } else {
      element.pause();
    }
  }, [shouldPlay, failed]);

  if (failed) {
    return (
      <figure ref={frameRef} className="video-frame video-fallback" data-testid="video-fallback">
        {posterFailed ? null : <img src={poster} alt={label} onError={() => setPosterFailed(true)} />}
        <figcaption>{t('video.fallback')}</figcaption>
      </figure>
    );
  }
  return (
    <figure ref={frameRef} className="video-frame" data-playing={shouldPlay ? 'true' : 'false'}>
      <video
        ref={videoRef}
        src={video}
        poster={poster}
        aria-label={label}
        muted
        loop
        playsInline
        preload="auto"
        disablePictureInPicture
        disableRemotePlayback
        controls={false}
        onError={() => {
          setFailed(true);
          reportProblem('video-failed', video);
        }}
      >
        {captionUrl ? (
          <track
            ref={trackRef}
            kind="captions"
            src={captionUrl}
            srcLang={language}
            label={LOCALES.get(language)?.endonym ?? language}
            // A caption file that fails leaves the video playing without captions.
            onError={() => reportProblem('caption-failed', captionUrl)}
          />
        ) : null}
      </video>
      {reducedMotion ? (
        <button
          type="button"
          className="button button-primary video-toggle"
          onClick={() => setChosenToPlay((playing) => !playing)}
        >
          <Icon name={chosenToPlay ? 'pause' : 'play'} /> {chosenToPlay ? t('video.pause') : t('video.play')}
        </button>
      ) : null}
    </figure>
  );
}
