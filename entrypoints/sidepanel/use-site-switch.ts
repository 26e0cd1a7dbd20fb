import { useEffect, useState } from 'preact/hooks';
import { isSiteDisabled, setSiteDisabled } from '../../utils/settings';

/** The reader's on/off switch for one site: `enabled` is undefined until read from storage. */
export function useSiteSwitch(site: string | undefined): {
  enabled: boolean | undefined;
  setEnabled: (enabled: boolean) => Promise<void>;
} {
  const [enabled, setEnabledState] = useState<boolean | undefined>(undefined);

  useEffect(() => {
    setEnabledState(undefined);
    if (site === undefined) return;
    let live = true;
    isSiteDisabled(site).then(
      (disabled) => live && setEnabledState(!disabled),
      () => live && setEnabledState(true),
    );
    return () => {
      live = false;
    };
  }, [site]);

  const setEnabled = async (next: boolean) => {
    if (site === undefined) return;
    await setSiteDisabled(site, !next);
    setEnabledState(next);
  };

  return { enabled, setEnabled };
}
