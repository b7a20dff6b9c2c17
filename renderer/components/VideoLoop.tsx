import { useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportProblem } from '../host';
import { PlaybackContext } from '../teaching/playback';

interface VideoLoopProps {
  video: string;
  poster: string;
  /** Describes the loop for screen readers. */
  label: string;
}

/**
 * The step's looping video: muted, looping, inline, no controls. A file that is
 * missing or cannot play falls back to the poster and a short note, never a broken box.
 * Give it a `key` per video so a new step starts with a fresh try.
 */
export function VideoLoop({ video, poster, label }: VideoLoopProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const [posterFailed, setPosterFailed] = useState(false);
  const element = useRef<HTMLVideoElement>(null);
  // Teaching mode's presenter bar may pause, slow or restart the loop.
  const playback = useContext(PlaybackContext);

  const lastReplay = useRef(playback.replay);

  useEffect(() => {
    const video = element.current;
    if (!video) return;
    video.playbackRate = playback.rate;
    if (playback.replay !== lastReplay.current) {
      lastReplay.current = playback.replay;
      video.currentTime = 0;
    }
    if (playback.paused) video.pause();
    else video.play().catch(() => undefined);
  }, [playback.paused, playback.rate, playback.replay, failed]);

  if (failed) {
    return (
      <figure className="video-frame video-fallback" data-testid="video-fallback">
        {posterFailed ? null : (
          <img src={poster} alt={label} onError={() => setPosterFailed(true)} />
        )}
        <figcaption>{t('video.fallback')}</figcaption>
      </figure>
    );
  }
  return (
    <figure className="video-frame">
      <video
        ref={element}
        src={video}
        poster={poster}
        aria-label={label}
        muted
        loop
        autoPlay={!playback.paused}
        playsInline
        preload="auto"
        disablePictureInPicture
        disableRemotePlayback
        controls={false}
        onError={() => {
          setFailed(true);
          reportProblem('video-failed', video);
        }}
      />
    </figure>
  );
}
