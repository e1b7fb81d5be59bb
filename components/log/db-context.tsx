/** Which log the components show: the shared one, or another (tests, previews). */
import { createContext, useContext, type ReactNode } from 'react';
import { logDb, type LogDatabase } from '@/utils/db';

const LogDbContext = createContext<LogDatabase>(logDb);

export function LogDbProvider({ db, children }: { db: LogDatabase; children: ReactNode }) {
  return <LogDbContext.Provider value={db}>{children}</LogDbContext.Provider>;
}

export const useLogDb = (): LogDatabase => useContext(LogDbContext);
