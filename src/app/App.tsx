import { useState } from 'react';
import { CrisisLine } from './CrisisLine';
import { FirstScreen } from './FirstScreen';

export function App() {
  const [started, setStarted] = useState(false);
  return (
    <div className="app">
      <CrisisLine />
      <main id="main" tabIndex={-1}>
        {started ? <p>Questions come next.</p> : <FirstScreen onStart={() => setStarted(true)} />}
      </main>
    </div>
  );
}
