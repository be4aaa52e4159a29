// Keeps a diagram controller on the session's current engine (a new one after each reset) and
// feeds the diagram store. Pace comes from the settings; reduced motion means instant.

import { useEffect } from 'react';
import type { Engine } from '../../engine/engine';
import { createDiagramController, type DiagramController } from '../diagram-bridge/controller';
import type { LabSession } from '../lab-session';
import type { Lab } from '../../lab/lab';
import { effectivePace } from '../effective-pace';
import { resetDiagram, setPlayed, setSnapshot, useDiagram } from './diagram-store';

export function connect(engine: Engine): DiagramController {
  const controller = createDiagramController({
    engine,
    pace: effectivePace,
    timers: {
      set: (fn, ms) => window.setTimeout(fn, ms),
      clear: (h) => window.clearTimeout(h as number),
    },
    showInit: () => useDiagram.getState().showInit,
    onChange: setSnapshot,
    onStep: setPlayed,
  });
  setSnapshot(controller.snapshot);
  return controller;
}

/** Tells the controller when the learner submits a line, so it can group bursts by command. */
function followCommands(lab: Lab, controller: DiagramController): () => void {
  return lab.console.onMarker((m) => {
    if (m.kind === 'submit') controller.commandStarted();
  });
}

/** Keeps `holder.controller` on the session's current lab. */
export function useDiagramController(
  session: LabSession,
  holder: {
    setController(c: DiagramController | null): void;
    readonly controller: DiagramController | null;
  },
): void {
  const showInit = useDiagram((s) => s.showInit);
  useEffect(() => {
    let controller = connect(session.current().engine);
    let unfollow = followCommands(session.current(), controller);
    holder.setController(controller);
    const off = session.onLab((lab) => {
      unfollow();
      controller.dispose();
      resetDiagram();
      controller = connect(lab.engine);
      unfollow = followCommands(lab, controller);
      holder.setController(controller);
    });
    return () => {
      off();
      unfollow();
      controller.dispose();
      holder.setController(null);
    };
  }, [session, holder]);
  useEffect(() => {
    holder.controller?.refresh();
  }, [showInit, holder]);
}
