declare module '@echogarden/espeak-ng-emscripten' {
  interface ESpeakWorker {
    set_voice(name: string): number;
    set_rate(wpm: number): void;
    set_pitch(pitch: number): void;
    readonly samplerate: number;
    synthesize(text: string, callback: (samples: Int16Array | undefined, events: unknown[]) => number): void;
  }
  interface ESpeakModule {
    eSpeakNGWorker: new () => ESpeakWorker;
  }
  const factory: (options?: Record<string, unknown>) => Promise<ESpeakModule>;
  export default factory;
}
