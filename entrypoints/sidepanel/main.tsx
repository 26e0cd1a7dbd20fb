import { render } from 'preact';
import '../../components/theme.css';
import './sidepanel.css';
import { SidePanel } from './SidePanel';
import { tabIdFromQuery } from './use-current-tab';

const app = document.getElementById('app');
if (app) render(<SidePanel fixedTabId={tabIdFromQuery(location.search)} />, app);
