import { render } from 'preact';
import '../../components/theme.css';
import './reading-log.css';
import { ReadingLog } from './ReadingLog';

const app = document.getElementById('app');
if (app) render(<ReadingLog />, app);
